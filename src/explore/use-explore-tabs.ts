import { useId, useState } from 'react';
import { tabIds, type ExploreTab } from './explore-tabs.tsx';

export type TabLayout = 'phone' | 'wide' | 'none';

const PHONE_TABS: readonly ExploreTab[] = ['timeline', 'list', 'map'];
const WIDE_TABS: readonly ExploreTab[] = ['list', 'map'];

/**
 * Which views take turns. Phones: Timeline, List and Map, one at a time. Wide screens: the
 * timeline always shows, with List or Map under it. Embeds: only the timeline, no tabs.
 * A view is mounted when first shown (the map's code loads then) and kept after that.
 */
export function useExploreTabs(layout: TabLayout) {
  const [chosen, setChosen] = useState<ExploreTab>('timeline');
  const [seen, setSeen] = useState<ReadonlySet<ExploreTab>>(() => new Set(['timeline', 'list']));
  const prefix = useId();
  const tabs = layout === 'phone' ? PHONE_TABS : layout === 'wide' ? WIDE_TABS : [];
  // Wide screens have no Timeline tab: a phone's "timeline" choice means the list under it.
  const active: ExploreTab = tabs.includes(chosen) ? chosen : (tabs[0] ?? 'timeline');

  const choose = (next: ExploreTab) => {
    setChosen(next);
    setSeen((previous) => (previous.has(next) ? previous : new Set([...previous, next])));
  };
  const panelProps = (name: ExploreTab) =>
    tabs.includes(name)
      ? { role: 'tabpanel', id: tabIds(prefix, name).panel, 'aria-labelledby': tabIds(prefix, name).tab, hidden: active !== name }
      : {};
  return {
    tabs,
    active,
    choose,
    prefix,
    panelProps,
    showing: (name: ExploreTab) => !tabs.includes(name) || active === name,
    mounted: (name: ExploreTab) => !tabs.includes(name) || seen.has(name) || active === name,
  };
}
