import { claimStatusMeaning, type ClaimStatus } from '../data/claim-status.ts';
import { formatCount } from '../i18n/format-count.ts';
import { StatusSwatch } from './status-swatch.tsx';
import { usePopover } from './use-popover.ts';
import { useRovingFocus } from './use-roving-focus.ts';
import { t, tn } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

export interface StatusLegendProps {
  /** The statuses the dataset uses, in the order of CLAIM_STATUSES. */
  readonly statuses: readonly ClaimStatus[];
  /** Events per status, given the other filters. */
  readonly counts: ReadonlyMap<ClaimStatus, number>;
  readonly hidden: ReadonlySet<ClaimStatus>;
  readonly onToggle: (status: ClaimStatus) => void;
}

/** "What do these mean?": the four definitions, the same words as the README and the panel. */
function StatusDefinitions({ statuses }: { readonly statuses: readonly ClaimStatus[] }) {
  const { open, buttonProps, panelProps } = usePopover('start');
  const ready = useLaterMessages(open);
  return (
    <div className="status-help">
      <button type="button" className="button button--quiet status-help__button" {...buttonProps}>
        {t('status.whatMean')}
      </button>
      <div {...panelProps} className="status-help__panel popover" role="group" aria-label={t('status.title')}>
        {open && ready && (
          <dl className="status-help__list">
            {statuses.map((status) => (
              <div key={status}>
                <dt>
                  <StatusSwatch status={status} />
                  {claimStatusMeaning(status).label}
                </dt>
                <dd>{claimStatusMeaning(status).definition}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </div>
  );
}

/**
 * The key to how marks show an event's claim status, which doubles as the status filter (as the
 * category legend does: a WAI-ARIA toolbar of toggle buttons, pressed = shown), followed by
 * the definitions. Nothing when the dataset gives no statuses.
 */
export function StatusLegend({ statuses, counts, hidden, onToggle }: StatusLegendProps) {
  // The definitions, in each button's title, come with the later messages (after the first draw).
  const definitions = useLaterMessages(false);
  const roving = useRovingFocus<HTMLButtonElement>(statuses.length);
  if (statuses.length === 0) return null;
  return (
    <div className="legend-group status-legend">
      <p className="status-legend__title" aria-hidden="true">
        {t('status.title')}
      </p>
      <div className="legend" role="toolbar" aria-label={t('status.title')} onKeyDown={roving.onKeyDown}>
        {statuses.map((status, index) => {
          const count = counts.get(status) ?? 0;
          return (
            <button
              key={status}
              type="button"
              className="legend-item"
              aria-pressed={!hidden.has(status)}
              title={definitions ? claimStatusMeaning(status).definition : undefined}
              onClick={() => onToggle(status)}
              {...roving.itemProps(index)}
            >
              <StatusSwatch status={status} />
              <span className="legend-label">{claimStatusMeaning(status).label}</span>
              <span className="legend-count">
                {formatCount(count)}
                <span className="visually-hidden">{tn('legend.eventsSuffix', count)}</span>
              </span>
            </button>
          );
        })}
      </div>
      <StatusDefinitions statuses={statuses} />
    </div>
  );
}
