import './explore-tabs.css';
import { useRef, type KeyboardEvent } from 'react';
import { t } from '../i18n/translate.ts';

export type ExploreTab = 'timeline' | 'list' | 'map';

const LABELS = { timeline: 'tabs.timeline', list: 'tabs.list', map: 'tabs.map' } as const;

/** Id of a tab's button and of its panel, for aria-controls / aria-labelledby. */
export function tabIds(prefix: string, tab: ExploreTab) {
  return { tab: `${prefix}-tab-${tab}`, panel: `${prefix}-panel-${tab}` };
}

interface ExploreTabsProps {
  readonly tabs: readonly ExploreTab[];
  readonly prefix: string;
  readonly active: ExploreTab;
  readonly onChange: (tab: ExploreTab) => void;
}

/**
 * Views that take turns (see use-explore-tabs.ts). The WAI-ARIA tabs pattern: one tab stop,
 * ←/→ (and Home/End) move between tabs and show them at once.
 */
export function ExploreTabs({ tabs, prefix, active, onChange }: ExploreTabsProps) {
  const buttons = useRef(new Map<ExploreTab, HTMLButtonElement>());
  const bar = useRef<HTMLDivElement>(null);
  const show = (tab: ExploreTab) => {
    onChange(tab);
    // Scrolled down the other view, the reader lands at the top of this one, under the bar.
    requestAnimationFrame(() => {
      const panel = document.getElementById(tabIds(prefix, tab).panel);
      const barBottom = bar.current?.getBoundingClientRect().bottom ?? 0;
      const top = panel?.getBoundingClientRect().top;
      if (top !== undefined && top < barBottom) window.scrollBy({ top: top - barBottom - 8 });
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(active);
    const target =
      event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft' ? tabs[(index - 1 + tabs.length) % tabs.length]
      : event.key === 'Home' ? tabs[0]
      : event.key === 'End' ? tabs.at(-1)
      : undefined;
    if (!target) return;
    event.preventDefault(); // Home/End here move between tabs, not to the first/last event
    show(target);
    buttons.current.get(target)?.focus();
  };
  return (
    <div
      ref={bar}
      className={`explore-tabs explore-tabs--${tabs.length}`}
      role="tablist"
      aria-label={t('tabs.label')}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => {
        const ids = tabIds(prefix, tab);
        const selected = tab === active;
        return (
          <button
            key={tab}
            ref={(element) => {
              if (element) buttons.current.set(tab, element);
              else buttons.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={ids.tab}
            aria-controls={ids.panel}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className="explore-tabs__tab"
            onClick={() => show(tab)}
          >
            {t(LABELS[tab])}
          </button>
        );
      })}
    </div>
  );
}
