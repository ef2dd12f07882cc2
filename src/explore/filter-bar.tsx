import './filters.css';
import { useViewSettings } from '../view-store/use-view-store.ts';
import { FacetSelect } from './facet-select.tsx';
import { useExplore } from './use-explore.ts';
import { t } from '../i18n/translate.ts';

const NONE: readonly string[] = [];

function Chip({ kind, value, onRemove }: { kind: 'actor' | 'country'; value: string; onRemove: () => void }) {
  return (
    <li>
      <button type="button" className="button filter-chip" aria-label={kind === 'actor' ? t('filters.removeActor', { value }) : t('filters.removeCountry', { value })} onClick={onRemove}>
        <bdi className="filter-chip__text">{value}</bdi>
        <span className="filter-chip__x" aria-hidden="true">
          ×
        </span>
      </button>
    </li>
  );
}

/**
 * Actor and country filters, "Key events only", the choices in force as removable chips, and
 * "Clear filters". Each change is a history entry (Back undoes it).
 */
export function FilterBar() {
  const explore = useExplore();
  const { actors = NONE, countries = NONE, keyOnly } = useViewSettings();
  const { toggleActor: onToggleActor, toggleCountry: onToggleCountry, active, clear: onClear } = explore;
  const chips = actors.length + countries.length;
  return (
    <div className="filter-bar" role="group" aria-label={t('filters.label')}>
      <FacetSelect
        label={t('filters.actors')}
        findLabel="filters.findActor" options={explore.actorOptions} chosen={actors} onToggle={onToggleActor} />
      <FacetSelect
        label={t('filters.countries')}
        findLabel="filters.findCountry"
        options={explore.countryOptions}
        chosen={countries}
        onToggle={onToggleCountry}
      />
      <button type="button" className="button filter-toggle" aria-pressed={keyOnly} onClick={explore.toggleKeyOnly}>
        {/* A box that is ticked when on, so "on" does not rest on the border's shade alone. */}
        <span className="filter-toggle__box" aria-hidden="true" />
        {t('filters.keyOnly')}
      </button>
      {chips > 0 && (
        <ul className="filter-chips" aria-label={t('filters.chosen')}>
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
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
