import type { Category } from '../data/timeline-event.ts';
import { FacetSelect } from './facet-select.tsx';
import { tn } from '../i18n/translate.ts';

export interface FoldedCategoriesProps {
  /** The categories drawn together in the timeline's last lane, most events first. */
  readonly folded: readonly Category[];
  readonly counts: ReadonlyMap<string, number>;
  readonly hidden: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
}

/**
 * The rest of the legend when a dataset has more categories than lanes: "N more categories",
 * a list to find and switch each on or off (ticked is shown, as a pressed legend button is).
 * The legend above it keeps one row of the largest categories.
 */
export function FoldedCategories({ folded, counts, hidden, onToggle }: FoldedCategoriesProps) {
  if (folded.length === 0) return null;
  const shown = folded.filter((category) => !hidden.has(category.id)).map((category) => category.id);
  return (
    <FacetSelect
      label={tn('facet.moreCategories', folded.length)}
      findLabel="facet.findCategory"
      options={() => folded.map((category) => ({ value: category.id, label: category.label, count: counts.get(category.id) ?? 0 }))}
      chosen={shown}
      onToggle={onToggle}
      countChosen={false}
    />
  );
}
