import './timeline-screen.css';
import { useId, useRef, type HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { ExploreTabs } from '../explore/explore-tabs.tsx';
import { FilterBar } from '../explore/filter-bar.tsx';
import { SearchBox } from '../explore/search-box.tsx';
import { useEventsInView, useExplore } from '../explore/use-explore.ts';
import { useScreenKeys } from '../explore/use-explore-keys.ts';
import { useExploreTabs } from '../explore/use-explore-tabs.ts';
import { useMediaQuery } from '../explore/use-media-query.ts';
import { ViewExportMenu } from '../export/view-export-menu.tsx';
import { MapInView } from '../map/map-in-view.tsx';
import { FirstDrawScope } from '../boot/first-draw.tsx';
import { lazyPart } from '../boot/lazy-part.tsx';
import { useWindowControl } from '../timeline/view/use-view-window.ts';
import { AppHeader } from '../ui/app-header.tsx';
import { LanguageSwitch } from '../ui/language-switch.tsx';
import { ShareMenu } from '../ui/share-menu.tsx';
import { viewStore } from '../view-store/app-view-store.ts';
import { SkipToEvents } from '../ui/skip-link.tsx';
import { useLoadedDataset, useSelectedEvent } from '../view-store/use-loaded-dataset.ts';
import { useLinkProblems, usePageMode, useSelectedId } from '../view-store/use-view-store.ts';
import { ScreenNotices } from './screen-notices.tsx';
import { SelectedEventPanel } from './selected-event-panel.tsx';
import { SiteFooter } from './site-footer.tsx';
import { TimelinePane } from './timeline-pane.tsx';
import { useScreenShareLinks } from './use-share-links.ts';
import { makePath } from './make-path.ts';
import { activeLanguage, t } from '../i18n/translate.ts';
import { translatedFrom, untranslatedDatasetLanguage } from '../data/localize-dataset.ts';
import { WindowLoadingNotice } from './window-loading-notice.tsx';

interface TimelineScreenProps {
  readonly className: string;
}

// Below the timeline or behind a tab, so loading it after the first draw moves nothing above it.
const ListSection = lazyPart(() => import('../explore/list-section.tsx').then((module) => module.ListSection), 'part.list');

/**
 * The loaded timeline, laid out: header with search, filters, notices, the timeline with its
 * overview, the list and the map of the events in view (tabs under the timeline; on phones,
 * timeline, list and map are tabs), downloads, and the event panel. Each part reads the view
 * store and the dataset itself; "N of M" counts what the window shows against the whole dataset.
 */
export function TimelineScreen({ className }: TimelineScreenProps) {
  const { dataset, skipped } = useLoadedDataset();
  const language = activeLanguage();
  const selectedId = useSelectedId();
  const selected = useSelectedEvent();
  const embed = usePageMode() === 'embed';
  const problems = useLinkProblems();
  const explore = useExplore();
  const inView = useEventsInView();
  const { select } = useWindowControl();

  const wide = useMediaQuery('(min-width: 1024px)');
  const compactList = useMediaQuery('(max-width: 640px)');
  const tabs = useExploreTabs(embed ? 'none' : wide ? 'wide' : 'phone');
  // The skip link's target: the timeline's pane, under its tab panel id where it is a tab.
  const timelinePanel: HTMLAttributes<HTMLDivElement> = tabs.panelProps('timeline');
  const paneId = useId();
  const timelineId = timelinePanel.id ?? paneId;
  const searchRef = useRef<HTMLInputElement>(null);
  useScreenKeys(searchRef);
  const viewLinks = useScreenShareLinks().view;

  return (
    <FirstDrawScope>
      <div className={className}>
        <title>{selected ? `${selected.title} · ${dataset.title}` : dataset.title}</title>
        <AppHeader
          title={dataset.title}
          description={dataset.description}
          textLanguage={{ title: untranslatedDatasetLanguage(dataset, 'title', language), description: untranslatedDatasetLanguage(dataset, 'description', language) }}
          translatedFrom={translatedFrom(dataset, language)}
          updated={dataset.updated}
          shown={inView.length}
          total={dataset.windowed?.source.summary.total ?? dataset.events.length}
          compact={embed}
          metaLink={
            embed ? undefined : (
              <Link className="app-header__link" to={makePath()}>
                {t('page.makeOwn')}
              </Link>
            )
          }
        >
          {embed && (
            <a className="embed-bar__link" href={viewLinks.url} target="_blank" rel="noopener">
              {t('page.openFull')}
              <span className="visually-hidden">{t('common.newTab')}</span>
            </a>
          )}
          {/* Before the search, so the search box stays a few Tab presses from the marks (timeline.spec.ts). */}
          {!embed && <LanguageSwitch onChoose={(lang) => viewStore.updateSettings({ lang })} />}
          {!embed && <SearchBox ref={searchRef} />}
          {tabs.showing('timeline') && <SkipToEvents targetId={timelineId} />}
          <ShareMenu subject="view" url={viewLinks.url} title={dataset.title} embedCode={viewLinks.embedCode} />
        </AppHeader>
        {!embed && <FilterBar />}
        <ScreenNotices
          notes={problems}
          modelNote={explore.problem}
          missingId={selectedId && !selected ? selectedId : undefined}
          onDismissMissing={() => select(undefined)}
          skipped={skipped}
        />
        <WindowLoadingNotice />
        {!embed && !wide && <ExploreTabs tabs={tabs.tabs} prefix={tabs.prefix} active={tabs.active} onChange={tabs.choose} />}
        <main className="app-main" data-empty-panel={t('panel.choose')}>
          <div className="timeline-column">
            <TimelinePane panel={{ ...timelinePanel, id: timelineId }} />
            {!embed && wide && <ExploreTabs tabs={tabs.tabs} prefix={tabs.prefix} active={tabs.active} onChange={tabs.choose} />}
            {!embed && (
              <div className="explore-panel" {...tabs.panelProps('list')}>
                <ListSection compact={compactList} visible={tabs.showing('list')} />
              </div>
            )}
            {!embed && (
              <div className="explore-panel" {...tabs.panelProps('map')}>
                <section className="map-section" aria-labelledby={`${tabs.prefix}-map-title`}>
                  <h2 id={`${tabs.prefix}-map-title`} className="map-section__title">
                    {t('map.title')}
                  </h2>
                  {tabs.mounted('map') && <MapInView />}
                </section>
              </div>
            )}
            {!embed && <ViewExportMenu />}
          </div>
          <SelectedEventPanel />
        </main>
        {!embed && <SiteFooter />}
      </div>
    </FirstDrawScope>
  );
}
