import './footer-content.css';
import { Link } from 'react-router';
import { datasetCitationItem } from '../cite/citation-item.ts';
import { CitePanel } from '../cite/cite-panel.tsx';
import { LicenseNote } from '../ui/license-note.tsx';
import { APP_ORIGIN } from '../view-store/app-view-store.ts';
import { changesPagePath, datasetPermalink } from '../view-store/permalink.ts';
import type { Dataset } from '../data/timeline-event.ts';
import { activeLanguage, t } from '../i18n/translate.ts';

export interface FooterContentProps {
  readonly dataset: Dataset;
  /** The dataset's address when the link names one (`?data=`), kept in the links. */
  readonly dataUrl: string | undefined;
  /** On the Corrections page: no link to the page the reader is on. */
  readonly onChangesPage: boolean;
}

/**
 * The foot of every page but the embeds (site-footer.tsx places it): the dataset's revision
 * with the way to its corrections, Cite for the whole timeline, and the licence.
 */
export function FooterContent({ dataset, dataUrl, onChangesPage }: FooterContentProps) {
  const language = activeLanguage();
  const url = datasetPermalink(dataUrl, APP_ORIGIN, language);
  return (
    <footer className="site-footer">
      <div className="site-footer__row">
        {dataset.revision && (
          <p className="site-footer__revision">
            {t('footer.revision')} <bdi>{dataset.revision}</bdi>
          </p>
        )}
        {!onChangesPage && (
          <p>
            <Link to={changesPagePath(dataUrl, undefined, language)}>{t('corrections.title')}</Link>
          </p>
        )}
        <CitePanel subject="timeline" buttonText={t('cite.thisTimeline')} makeItem={() => datasetCitationItem(dataset, url, new Date())} />
      </div>
      <LicenseNote dataset={dataset} className="site-footer__license" />
    </footer>
  );
}
