import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LoadedDataset, TimelineEvent } from '../data/timeline-event.ts';
import { AppHeader } from '../ui/app-header.tsx';
import { CategoryLegend } from '../ui/category-legend.tsx';
import { DismissibleNotice } from '../ui/dismissible-notice.tsx';
import { EventPanel } from '../ui/event-panel.tsx';
import { ShareMenu } from '../ui/share-menu.tsx';
import { SkippedRecordsNotice } from '../ui/skipped-records-notice.tsx';
import { shareLinks } from '../embed/share-links.ts';
import { OverviewStrip } from '../timeline/overview-strip.tsx';
import { TimelineView } from '../timeline/timeline-view.tsx';
import { ZoomToolbar } from '../timeline/zoom-toolbar.tsx';
import { fitWindow, revealInWindow, windowAround, zoomLimitsFor } from '../timeline/zoom-window.ts';
import type { TimeWindow } from './view-state.ts';
import { useLiveWindow } from './use-live-window.ts';
import type { PageMode, useView } from './use-view.ts';

interface TimelineScreenProps {
  readonly mode: PageMode;
  readonly loaded: LoadedDataset;
  readonly navigation: ReturnType<typeof useView>;
  readonly className: string;
}

const DEEP_LINK_SPAN = 28 * 24 * 60 * 60 * 1000;

function extentOf(events: readonly TimelineEvent[]): TimeWindow {
  if (events.length === 0) {
    const now = Date.now();
    return { from: now - DEEP_LINK_SPAN, to: now };
  }
  let from = Infinity;
  let to = -Infinity;
  for (const event of events) {
    from = Math.min(from, event.start);
    to = Math.max(to, event.stop);
  }
  return { from, to };
}

function countInWindow(events: readonly TimelineEvent[], window: TimeWindow): number {
  let count = 0;
  for (const event of events) if (event.stop > window.from && event.start < window.to) count += 1;
  return count;
}

/** The loaded timeline: header, notices, timeline with overview, and the event panel. */
export function TimelineScreen({ mode, loaded, navigation, className }: TimelineScreenProps) {
  const { dataset, skipped } = loaded;
  const { events, categories } = dataset;
  const { view, problems, selectedId, select, setWindow } = navigation;
  const extent = useMemo(() => extentOf(events), [events]);
  const limits = useMemo(() => zoomLimitsFor(extent), [extent]);
  const selectedIndex = selectedId ? events.findIndex((event) => event.id === selectedId) : -1;
  const selected = events[selectedIndex];

  const live = useLiveWindow(
    view.window,
    () => (selected ? windowAround((selected.start + selected.stop) / 2, DEEP_LINK_SPAN, limits) : fitWindow(extent)),
    setWindow,
  );
  const [drawn, setDrawn] = useState(false);
  const onFirstDraw = useCallback(() => setDrawn(true), []);
  const [wheelHint, setWheelHint] = useState(false);
  useEffect(() => {
    if (!wheelHint) return;
    const timer = window.setTimeout(() => setWheelHint(false), 2000);
    return () => window.clearTimeout(timer);
  }, [wheelHint]);

  const counts = useMemo(() => {
    const byCategory = new Map<string, number>();
    for (const event of events) byCategory.set(event.category, (byCategory.get(event.category) ?? 0) + 1);
    return byCategory;
  }, [events]);

  const selectAndReveal = (event: TimelineEvent) => {
    const next = revealInWindow(live.window, event.start, event.stop, limits);
    live.adopt(next);
    select(event.id, next);
  };
  const previous = selectedIndex > 0 ? events[selectedIndex - 1] : undefined;
  const next = selectedIndex >= 0 ? events[selectedIndex + 1] : undefined;
  const embed = mode === 'embed';
  const sharedView = { ...view, window: live.window };
  const viewLinks = shareLinks(undefined, sharedView, dataset.title);
  const eventLinks = selected ? shareLinks(selected.id, sharedView, selected.title) : undefined;
  const openFull = shareLinks(selected?.id, sharedView, dataset.title).url;

  return (
    <div className={className}>
      <title>{selected ? `${selected.title} · ${dataset.title}` : dataset.title}</title>
      <AppHeader
        title={dataset.title}
        description={dataset.description}
        updated={dataset.updated}
        shown={countInWindow(events, live.window)}
        total={events.length}
        compact={embed}
      >
        {embed && (
          <a className="embed-bar__link" href={openFull} target="_blank" rel="noopener">
            Open full timeline<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        <ShareMenu subject="this view" url={viewLinks.url} title={dataset.title} embedCode={viewLinks.embedCode} />
      </AppHeader>
      <div className="notices">
        {problems.length > 0 && (
          <DismissibleNotice tone="info" role="status">
            {problems.join(' ')}
          </DismissibleNotice>
        )}
        {selectedId && !selected && (
          <DismissibleNotice tone="warning" role="alert" onDismiss={() => select(undefined, live.window)}>
            Event not found: there is no event with the id “{selectedId}” in this dataset. Showing the whole timeline.
          </DismissibleNotice>
        )}
        <SkippedRecordsNotice skipped={skipped} />
      </div>
      <main className="app-main">
        <div className="timeline-column">
          <section className="timeline-section" aria-label="Timeline of events" aria-busy={!drawn}>
            <div className="timeline-toolbar">
              <CategoryLegend categories={categories} counts={counts} />
              <ZoomToolbar window={live.window} limits={limits} extent={extent} onWindowChange={live.change} />
            </div>
            {wheelHint && <p className="wheel-hint" role="status">Hold Ctrl (or ⌘) and scroll to zoom the timeline</p>}
            <TimelineView
              events={events}
              categories={categories}
              window={live.window}
              limits={limits}
              selectedId={selected?.id}
              onWindowChange={live.change}
              onSelect={(id, window) => {
                if (window) live.adopt(window);
                select(id, window ?? live.window);
              }}
              onFirstDraw={onFirstDraw}
              wheelNeedsModifier={embed}
              onWheelHint={() => setWheelHint(true)}
            />
            <OverviewStrip
              extent={extent}
              window={live.window}
              events={events}
              series={dataset.series[0]}
              limits={limits}
              onWindowChange={live.change}
            />
            <p className="keyboard-hint">
              Tab into the timeline, then use ← → to move between events, Enter to open one, + − to zoom and Shift + ← → to pan.
            </p>
          </section>
        </div>
        {selected && (
          <EventPanel
            event={selected}
            category={categories.find((category) => category.id === selected.category)}
            position={{ index: selectedIndex, total: events.length }}
            onPrevious={previous ? () => selectAndReveal(previous) : undefined}
            onNext={next ? () => selectAndReveal(next) : undefined}
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
