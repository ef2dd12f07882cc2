import type { ReactNode } from 'react';
import { formatCalendarDate } from '../data/format-date.ts';
import { safeHttpUrl } from '../data/safe-url.ts';
import type { Source } from '../data/timeline-event.ts';
import { linkHost, waybackLookupUrl } from './link-host.ts';
import { t } from '../i18n/translate.ts';

function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden">{t('common.newTab')}</span>
    </a>
  );
}

/**
 * One source: publisher and the real host the link goes to ("Fox News · foxnews.com"), its date,
 * the article's title as the link, then an archived copy where the dataset gives one, or a
 * lookup at the Wayback Machine worded so nobody takes it for a checked copy. Data strings are
 * isolated (<bdi>, dir="auto"), so an Arabic title among English ones keeps its own direction.
 */
export function SourceItem({ source }: { source: Source }) {
  const href = safeHttpUrl(source.url);
  const archived = safeHttpUrl(source.archived);
  const host = href ? linkHost(href) : undefined;
  const sameName = host !== undefined && source.publisher.trim().toLowerCase() === host.toLowerCase();
  return (
    <li>
      <span className="source-meta">
        <bdi>{source.publisher}</bdi>
        {host && !sameName && (
          <>
            {' · '}
            <span className="source-host" title={t('source.host')}>
              {host}
            </span>
          </>
        )}
        {source.published && (
          <>
            {' · '}
            <time dateTime={source.published.text}>{formatCalendarDate(source.published)}</time>
          </>
        )}
      </span>{' '}
      {href ? (
        <ExternalLink href={href}>
          <bdi>{source.title}</bdi>
        </ExternalLink>
      ) : (
        <bdi>{source.title}</bdi>
      )}
      {(archived || href) && (
        <span className="source-archive">
          {archived ? (
            <ExternalLink href={archived}>{t('source.archived')}</ExternalLink>
          ) : (
            <ExternalLink href={waybackLookupUrl(href!)}>{t('source.lookArchived')}</ExternalLink>
          )}
        </span>
      )}
    </li>
  );
}
