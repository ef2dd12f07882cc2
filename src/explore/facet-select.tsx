import './facet-select.css';
import { useMemo, useState } from 'react';
import type { FacetOption } from './facet-counts.ts';
import { matchesQuery } from './search-text.ts';
import { formatCount } from '../i18n/format-count.ts';
import { usePopover } from '../ui/use-popover.ts';
import { t } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';
import type { TextKey } from '../i18n/messages-en.ts';

export interface FacetSelectProps {
  /** Plural name, e.g. "Actors"; also the button's and the group's name. */
  readonly label: string;
  /** What the find field looks for, e.g. "Find an actor". */
  /** The find box's label, as a catalogue key (its words load with the menu's). */
  readonly findLabel: TextKey;
  /** The choices with their counts; asked for only while the list is open. */
  readonly options: () => readonly FacetOption[];
  readonly chosen: readonly string[];
  readonly onToggle: (value: string) => void;
  /** Counts the ticked options on the button (off where every option starts ticked). */
  readonly countChosen?: boolean;
}

// A dataset with thousands of actors would make a list nobody scrolls; the find field narrows.
const MAX_SHOWN = 150;
const NO_OPTIONS: readonly FacetOption[] = [];

/**
 * A multi-select as a popover (see usePopover): a button that opens a list of checkboxes, each
 * with the number of events it would show. Not a modal, so it behaves the same inside an
 * iframe; Esc, a click outside or tabbing away closes it.
 */
export function FacetSelect({ label, findLabel, options: optionsWhenOpen, chosen, onToggle, countChosen = true }: FacetSelectProps) {
  const { open, buttonProps, panelProps } = usePopover('start');
  const [find, setFind] = useState('');

  const options = open ? optionsWhenOpen() : NO_OPTIONS;
  const words = useLaterMessages(open);
  const matching = useMemo(() => (find.trim() ? options.filter((option) => matchesQuery(option.label ?? option.value, find)) : options), [options, find]);
  const shown = matching.slice(0, MAX_SHOWN);
  // `chosen` comes from the view store, which a toggle changes at once: the tick shows in the
  // same render (no optimistic copy, which would be applied twice and untick the box a moment).
  const chosenSet = new Set(chosen);

  return (
    <div className="facet">
      <button type="button" className={`button facet__button${countChosen && chosen.length ? ' facet__button--active' : ''}`} {...buttonProps}>
        {label}
        {countChosen && chosen.length > 0 && (
          <span className="facet__badge">
            <span className="visually-hidden">, </span>
            {chosen.length}
            <span className="visually-hidden">{t('facet.chosen')}</span>
          </span>
        )}
        <span className="facet__chevron" aria-hidden="true" />
      </button>
      <div {...panelProps} className="facet__panel popover">
        {open && words && (
          <>
            {options.length > 8 && (
              <input
                type="search"
                className="text-field facet__find"
                aria-label={t(findLabel)}
                placeholder={t(findLabel)}
                value={find}
                onChange={(event) => setFind(event.target.value)}
              />
            )}
            <fieldset className="facet__options">
              <legend className="visually-hidden">{label}</legend>
              {shown.map((option) => (
                <label key={option.value} className="facet__option">
                  <input type="checkbox" checked={chosenSet.has(option.value)} onChange={() => onToggle(option.value)} />
                  <bdi className="facet__name">{option.label ?? option.value}</bdi>
                  <span className="facet__count">
                    {formatCount(option.count)}
                    <span className="visually-hidden">{option.count === 1 ? ' event' : ' events'}</span>
                  </span>
                </label>
              ))}
              {shown.length === 0 && <p className="facet__none">{t('facet.none')}</p>}
            </fieldset>
            {matching.length > shown.length && (
              <p className="facet__more">{`${formatCount(matching.length - shown.length)} more: type to narrow the list.`}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
