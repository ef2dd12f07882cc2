import './filters.css';
import type { FacetOption } from './facet-counts.ts';
import { FacetSelect } from './facet-select.tsx';

export interface FilterBarProps {
  /** Counted when a list opens (see use-explore.ts). */
  readonly actorOptions: () => readonly FacetOption[];
  readonly countryOptions: () => readonly FacetOption[];
  readonly actors: readonly string[];
  readonly countries: readonly string[];
  readonly onToggleActor: (actor: string) => void;
  readonly onToggleCountry: (country: string) => void;
  /** Only the key moments of the story (`key=1`). */
  readonly keyOnly: boolean;
  readonly onToggleKeyOnly: () => void;
  /** Any filter or search in force: offers "Clear filters". */
  readonly active: boolean;
  readonly onClear: () => void;
}

function Chip({ kind, value, onRemove }: { kind: string; value: string; onRemove: () => void }) {
  return (
    <li>
      <button type="button" className="button filter-chip" aria-label={`Remove ${kind} filter: ${value}`} onClick={onRemove}>
        <span className="filter-chip__text">{value}</span>
        <span className="filter-chip__x" aria-hidden="true">
          ×
        </span>
      </button>
    </li>
  );
}

/**
 * Actor and country filters, "Key events only", the choices in force as removable chips, and
 * "Clear filters".
 */
export function FilterBar(props: FilterBarProps) {
  const { actors, countries, onToggleActor, onToggleCountry, keyOnly, active, onClear } = props;
  const chips = actors.length + countries.length;
  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <FacetSelect label="Actors" findLabel="Find an actor" options={props.actorOptions} chosen={actors} onToggle={onToggleActor} />
      <FacetSelect
        label="Countries"
        findLabel="Find a country"
        options={props.countryOptions}
        chosen={countries}
        onToggle={onToggleCountry}
      />
      <button type="button" className="button filter-toggle" aria-pressed={keyOnly} onClick={props.onToggleKeyOnly}>
        {/* A box that is ticked when on, so "on" does not rest on the border's shade alone. */}
        <span className="filter-toggle__box" aria-hidden="true" />
        Key events only
      </button>
      {chips > 0 && (
        <ul className="filter-chips" aria-label="Chosen actors and countries">
          {actors.map((actor) => (
            <Chip key={`actor ${actor}`} kind="actor" value={actor} onRemove={() => onToggleActor(actor)} />
          ))}
          {countries.map((country) => (
            <Chip key={`country ${country}`} kind="country" value={country} onRemove={() => onToggleCountry(country)} />
          ))}
        </ul>
      )}
      {active && (
        <button type="button" className="button button--quiet filter-bar__clear" onClick={onClear}>
          Clear filters
        </button>
      )}
    </div>
  );
}
