import type { Category } from '../data/timeline-event.ts';
import { categoryColorFor } from './category-color.ts';
import { MarkShape, shapeForIndex } from './mark-shape.tsx';
import { useColorScheme } from './use-color-scheme.ts';
import { formatCount } from '../i18n/format-count.ts';
import { useRovingFocus } from './use-roving-focus.ts';
import { t, tn } from '../i18n/translate.ts';

export interface CategoryLegendProps {
  readonly categories: readonly Category[];
  /** Events per category id (missing ids count as 0). */
  readonly counts: ReadonlyMap<string, number>;
  /** Category ids the reader has switched off. */
  readonly hidden?: ReadonlySet<string>;
  /** When given, each item is a toggle button: the legend doubles as the category filter. */
  readonly onToggle?: (id: string) => void;
}

const SWATCH_SIZE = 14;

function Swatch({ index, color }: { index: number; color: string }) {
  return (
    <svg
      className="legend-swatch"
      width={SWATCH_SIZE}
      height={SWATCH_SIZE}
      viewBox={`${-SWATCH_SIZE / 2} ${-SWATCH_SIZE / 2} ${SWATCH_SIZE} ${SWATCH_SIZE}`}
      style={{ color }}
      aria-hidden="true"
      focusable="false"
    >
      <MarkShape shape={shapeForIndex(index)} radius={5} />
    </svg>
  );
}

function ItemContent({ category, index, count, color }: { category: Category; index: number; count: number; color: string }) {
  return (
    <>
      <Swatch index={index} color={color} />
      <bdi className="legend-label">{category.label}</bdi>
      <span className="legend-count">
        {formatCount(count)}
        <span className="visually-hidden">{tn('legend.eventsSuffix', count)}</span>
      </span>
    </>
  );
}

/**
 * The key to the marks (colour and shape per category, with counts). With onToggle it is
 * also the category filter; aria-pressed says "shown", so a pressed button is a visible one.
 * As a filter it is a WAI-ARIA toolbar: one tab stop, ←/→ and Home/End between the buttons,
 * Enter or Space to toggle, so the marks are a few Tab presses from the search.
 */
export function CategoryLegend({ categories, counts, hidden, onToggle }: CategoryLegendProps) {
  const scheme = useColorScheme();
  const roving = useRovingFocus<HTMLButtonElement>(categories.length);
  const contentOf = (category: Category, index: number) => (
    <ItemContent
      category={category}
      index={index}
      count={counts.get(category.id) ?? 0}
      color={categoryColorFor(category.color, scheme)}
    />
  );
  if (!onToggle) {
    return (
      <ul className="legend" aria-label={t('legend.categories')}>
        {categories.map((category, index) => (
          <li key={category.id}>
            <span className="legend-item" title={category.description}>
              {contentOf(category, index)}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="legend" role="toolbar" aria-label={t('legend.categories')} onKeyDown={roving.onKeyDown}>
      {categories.map((category, index) => (
        <button
          key={category.id}
          type="button"
          className="legend-item"
          aria-pressed={!hidden?.has(category.id)}
          title={category.description}
          onClick={() => onToggle(category.id)}
          {...roving.itemProps(index)}
        >
          {contentOf(category, index)}
        </button>
      ))}
    </div>
  );
}
