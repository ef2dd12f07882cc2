import { useEffect } from 'react';
import { Link } from 'react-router';
import { discardEarlyLoad } from '../boot/early-load.ts';
import { t } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

export function NotFoundPage() {
  // The page's head started loading a dataset before the app knew there is no timeline here.
  useEffect(discardEarlyLoad, []);
  if (!useLaterMessages()) return null;
  return (
    <main className="page-message">
      <title>{t('page.notFound')}</title>
      <h1>{t('page.notFound')}</h1>
      <p>{t('page.nothingHere')}</p>
      <p>
        <Link to="/">{t('page.goToTimeline')}</Link>
      </p>
    </main>
  );
}
