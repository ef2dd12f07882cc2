import type { ReactNode } from 'react';
import type { CalendarDate } from '../data/calendar-date.ts';
import { formatCalendarDate } from '../data/format-date.ts';

export interface AppHeaderProps {
  readonly title: string;
  readonly description: string;
  readonly updated?: CalendarDate;
  /** Events currently shown (after filters) and in the whole dataset. */
  readonly shown: number;
  readonly total: number;
  /** Embeds: a smaller title and no description, to leave room for the timeline. */
  readonly compact?: boolean;
  /** Actions on the right, e.g. search or share. */
  readonly children?: ReactNode;
}

/**
 * The dataset's title, what it covers, how fresh it is, and how much of it the filters show.
 * The count line is a polite live region, so a screen reader hears the effect of a filter.
 */
export function AppHeader({ title, description, updated, shown, total, compact = false, children }: AppHeaderProps) {
  return (
    <header className={compact ? 'app-header app-header--compact' : 'app-header'}>
      <div className="app-header__text">
        <h1 className="app-header__title">{title}</h1>
        {!compact && description && <p className="app-header__description">{description}</p>}
        <div className="app-header__meta">
          {updated && (
            <p className="app-header__updated">
              Updated <time dateTime={updated.text}>{formatCalendarDate(updated)}</time>
            </p>
          )}
          <p className="count-line" aria-live="polite">
            {`${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} events`}
          </p>
        </div>
      </div>
      {children && <div className="app-header__actions">{children}</div>}
    </header>
  );
}
