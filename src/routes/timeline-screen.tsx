import './timeline-screen.css';
import { useId, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import type { LoadedDataset, TimelineEvent } from '../data/timeline-event.ts';
import { AppHeader } from '../ui/app-header.tsx';
import { screenShareLinks } from '../embed/share-links.ts';
import { neighboursOf } from '../explore/event-walk.ts';
import { ExploreTabs } from '../explore/explore-tabs.tsx';
import { SearchBox } from '../explore/search-box.tsx';
import { useExplore, type UpdateView } from '../explore/use-explore.ts';
import { useScreenKeys } from '../explore/use-explore-keys.ts';
import { useExploreTabs } from '../explore/use-explore-tabs.ts';
import { useMediaQuery } from '../explore/use-media-query.ts';
import { eventsInWindow, extentOf } from '../explore/window-events.ts';
import { LazyEventMap } from '../map/lazy-event-map.tsx';
import { createFirstDrawFlag } from '../timeline/first-draw-flag.ts';
import { fitWindow, revealInWindow, sameWindow, windowAround, zoomLimitsFor } from '../timeline/zoom-window.ts';
import { lazyPart } from '../ui/lazy-part.tsx';
import { ShareMenu } from '../ui/share-menu.tsx';
import { SkipToEvents } from '../ui/skip-link.tsx';
import { FilterBar } from '../explore/filter-bar.tsx';
import { ScreenNotices } from './screen-notices.tsx';
import { TimelinePane } from './timeline-pane.tsx';
import { useLiveWindow } from './use-live-window.ts';
import type { PageMode, useView } from './use-view.ts';

interface TimelineScreenProps {
  readonly mode: PageMode;
  readonly loaded: LoadedDataset;
  readonly navigation: ReturnType<typeof useView>;
  readonly className: string;
}

// Below the timeline or behind a tab, so loading them after the first draw moves nothing above it.
const ListSection = lazyPart(() => import('../explore/list-section.tsx').then((module) => module.ListSection), 'list');
const EventPanel = lazyPart(() => import('../ui/event-panel.tsx').then((module) => module.EventPanel), 'event details');
const ExportMenu = lazyPart(() => import('../export/export-menu.tsx').then((module) => module.ExportMenu), 'downloads');

const DEEP_LINK_SPAN = 28 * 24 * 60 * 60 * 1000;

/**
 * The loaded timeline: header with search, filters, notices, the timeline with its overview,
 * the list and the map of the events in view (tabs under the timeline; on phones, timeline,
 * list and map are tabs), downloads, and the event panel. Everything shown follows the
 * filters; "N of M" counts what the window shows against the whole dataset.
 */
export function TimelineScreen({ mode, loaded, navigation, className }: TimelineScreenProps) {
  const { dataset, skipped } = loaded;
  const { events, categories } = dataset;
  const { view, problems, selectedId, select, setWindow, updateView } = navigation;
  const extent = useMemo(() => extentOf(events), [events]);
  const limits = useMemo(() => zoomLimitsFor(extent), [extent]);
  const selected = selectedId ? events.find((event) => event.id === selectedId) : undefined;

  const live = useLiveWindow(
    view.window,
    () => (selected ? windowAround((selected.start + selected.stop) / 2, DEEP_LINK_SPAN, limits) : fitWindow(extent)),
    setWindow,
  );
  const [firstDraw] = useState(createFirstDrawFlag);

  // A filter change must not lose a zoom still waiting to be written, nor add a window to a
  // link that had none.
  const update: UpdateView = (change, options) => {
    const keep = view.window || !sameWindow(live.window, fitWindow(extent)) ? live.window : undefined;
    updateView({ ...change, window: keep }, options);
  };
  const explore = useExplore(view, events, categories, update);
  const { shown } = explore;
  const inView = useMemo(() => eventsInWindow(shown, live.window), [shown, live.window]);

  const selectAndReveal = (event: TimelineEvent) => {
    const next = revealInWindow(live.window, event.start, event.stop, limits);
    live.adopt(next);
    select(event.id, next);
  };
  const walk = selected ? neighboursOf(shown, selected) : undefined;

  const embed = mode === 'embed';
  const wide = useMediaQuery('(min-width: 1024px)');
  const compactList = useMediaQuery('(max-width: 640px)');
  const tabs = useExploreTabs(embed ? 'none' : wide ? 'wide' : 'phone');
  // The skip link's target: the timeline's pane, under its tab panel id where it is a tab.
  const timelinePanel: HTMLAttributes<HTMLDivElement> = tabs.panelProps('timeline');
  const paneId = useId();
  const timelineId = timelinePanel.id ?? paneId;
  const searchRef = useRef<HTMLInputElement>(null);
  useScreenKeys({
    shown,
    selected,
    window: live.window,
    search: searchRef,
    selectEvent: selectAndReveal,
    clearSelection: () => select(undefined, live.window),
  });

  const sharedView = { ...view, window: live.window };
  const { view: viewLinks, event: eventLinks } = screenShareLinks(selected, sharedView, dataset.title);
  const openFull = viewLinks.url;

  return (
    <div className={className}>
      <title>{selected ? `${selected.title} · ${dataset.title}` : dataset.title}</title>
      <AppHeader
        title={dataset.title}
        description={dataset.description}
        updated={dataset.updated}
        shown={inView.length}
        total={events.length}
        compact={embed}
      >
        {embed && (
          <a className="embed-bar__link" href={openFull} target="_blank" rel="noopener">
            Open full timeline<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        {!embed && <SearchBox ref={searchRef} query={view.query} onQueryChange={explore.setQuery} />}
        {tabs.showing('timeline') && <SkipToEvents targetId={timelineId} />}
        <ShareMenu subject="this view" url={viewLinks.url} title={dataset.title} embedCode={viewLinks.embedCode} />
      </AppHeader>
      {!embed && (
        <FilterBar
          actorOptions={explore.actorOptions}
          countryOptions={explore.countryOptions}
          actors={view.actors ?? []}
          countries={view.countries ?? []}
          onToggleActor={explore.toggleActor}
          onToggleCountry={explore.toggleCountry}
          keyOnly={view.keyOnly}
          onToggleKeyOnly={explore.toggleKeyOnly}
          active={explore.active}
          onClear={explore.clear}
        />
      )}
      <ScreenNotices
        notes={explore.problem ? [...problems, explore.problem] : problems}
        missingId={selectedId && !selected ? selectedId : undefined}
        onDismissMissing={() => select(undefined, live.window)}
        skipped={skipped}
      />
      {!embed && !wide && <ExploreTabs tabs={tabs.tabs} prefix={tabs.prefix} active={tabs.active} onChange={tabs.choose} />}
      <main className="app-main">
        <div className="timeline-column">
          <TimelinePane
            panel={{ ...timelinePanel, id: timelineId }}
            firstDraw={firstDraw}
            events={shown}
            categories={categories}
            legend={{ counts: explore.categoryCounts, hidden: explore.hidden, onToggle: explore.toggleCategory }}
            window={live.window}
            extent={extent}
            limits={limits}
            series={dataset.series[0]}
            selectedId={selected?.id}
            embed={embed}
            onWindowChange={live.change}
            onSelect={(id, window) => {
              if (window) live.adopt(window);
              select(id, window ?? live.window);
            }}
          />
          {!embed && wide && <ExploreTabs tabs={tabs.tabs} prefix={tabs.prefix} active={tabs.active} onChange={tabs.choose} />}
          {!embed && (
            <div className="explore-panel" {...tabs.panelProps('list')}>
              <ListSection
                holdUntil={firstDraw}
                events={inView}
                categories={categories}
                selectedId={selected?.id}
                query={view.query}
                compact={compactList}
                visible={tabs.showing('list')}
                filtered={explore.active}
                onSelect={selectAndReveal}
                onClearFilters={explore.clear}
              />
            </div>
          )}
          {!embed && (
            <div className="explore-panel" {...tabs.panelProps('map')}>
              <section className="map-section" aria-labelledby={`${tabs.prefix}-map-title`}>
                <h2 id={`${tabs.prefix}-map-title`} className="map-section__title">
                  Map
                </h2>
                {tabs.mounted('map') && (
                  <LazyEventMap
                    events={inView}
                    categories={categories}
                    selectedId={selected?.id}
                    onSelect={(id) => {
                      const event = inView.find((candidate) => candidate.id === id);
                      if (event) selectAndReveal(event);
                    }}
                  />
                )}
              </section>
            </div>
          )}
          {!embed && <ExportMenu holdUntil={firstDraw} dataset={dataset} events={shown} categories={categories} window={live.window} />}
        </div>
        {selected && (
          <EventPanel
            holdUntil={firstDraw}
            event={selected}
            query={view.query}
            category={categories.find((category) => category.id === selected.category)}
            position={{ index: walk?.index ?? -1, total: shown.length }}
            onPrevious={walk?.previous ? () => selectAndReveal(walk.previous!) : undefined}
            onNext={walk?.next ? () => selectAndReveal(walk.next!) : undefined}
            onClose={() => select(undefined, live.window)}
          >
            {eventLinks && (
              <ShareMenu subject="this event" url={eventLinks.url} title={selected.title} embedCode={eventLinks.embedCode} />
            )}
          </EventPanel>
        )}
      </main>
    </div>
  );
}
