import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { CalendarDate } from '../data/calendar-date.ts';
import { formatCalendarDate } from '../data/format-date.ts';
import { languageName } from '../i18n/languages.ts';
import { activeLanguage, t, tn } from '../i18n/translate.ts';

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
  /**
   * A link at the end of the meta line ("Make your own"): before the search in the Tab order,
   * so the timeline's marks stay as few presses from the search as they were, and on phones in
   * a line that is there anyway rather than a row of its own above the timeline.
   */
  readonly metaLink?: ReactNode;
  /** The language of the title and description where they are shown untranslated ("en"), for `lang`. */
  readonly textLanguage?: { readonly title?: string; readonly description?: string };
  /** The language the title and description were translated from: the meta line says so. */
  readonly translatedFrom?: string;
}

/**
 * The dataset's title, what it covers, how fresh it is, and how much of it the filters show.
 * The count line is a polite live region, so a screen reader hears the effect of a filter.
 */
export function AppHeader(props: AppHeaderProps) {
  const { title, description, updated, shown, total, compact = false, children, metaLink, textLanguage, translatedFrom } = props;
  return (
    <header className={compact ? 'app-header app-header--compact' : 'app-header'}>
      <div className="app-header__text">
        <h1 className="app-header__title" dir="auto" lang={textLanguage?.title}>
          {title}
        </h1>
        {!compact && description && <Description text={description} lang={textLanguage?.description} />}
        <div className="app-header__meta">
          {updated && (
            <p className="app-header__updated">
              {t('header.updated')} <time dateTime={updated.text}>{formatCalendarDate(updated)}</time>
            </p>
          )}
          {translatedFrom && <p className="app-header__translated">{t('header.translatedFrom', { language: languageName(translatedFrom, activeLanguage()) })}</p>}
          <p className="count-line" aria-live="polite">
            {tn('header.count', total, { shown })}
          </p>
          {metaLink}
        </div>
      </div>
      {children && <div className="app-header__actions">{children}</div>}
    </header>
  );
}

// As in app-header.css: where the description is cut to two lines.
const NARROW = 'screen and (max-width: 640px)';

/**
 * What the dataset covers. On phones it is cut to two lines, so the timeline stays near the
 * top, with a More/Less button when there is more to read. Screen readers get the whole text
 * either way (the cut is only visual).
 */
function Description({ text, lang }: { readonly text: string; readonly lang?: string }) {
  const id = useId();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  // Whether the two lines hide some of the text; measured before paint, so the button
  // does not push the page down after it has been drawn.
  const [cut, setCut] = useState(false);

  useLayoutEffect(() => {
    const element = paragraph.current;
    if (!element || open) return; // an open text is not cut: keep what was measured (so "Less" stays)
    const narrow = window.matchMedia(NARROW);
    const measure = () => setCut(narrow.matches && element.scrollHeight > element.clientHeight + 1);
    measure();
    // The cut follows the width (rotation, resizing), across the breakpoint too.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [open, text]);

  return (
    <>
      <p id={id} ref={paragraph} dir="auto" lang={lang} className={open ? 'app-header__description' : 'app-header__description app-header__description--cut'}>
        {text}
      </p>
      {(cut || open) && (
        <button type="button" className="app-header__more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? t('header.less') : t('header.more')}
          <span className="visually-hidden">{t('header.ofDescription')}</span>
        </button>
      )}
    </>
  );
}
