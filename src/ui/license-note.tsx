import { safeHttpUrl } from '../data/safe-url.ts';
import type { Dataset } from '../data/timeline-event.ts';
import { t } from '../i18n/translate.ts';

/**
 * The dataset's licence as its publisher states it (`license`, linked when `licenseUrl` is
 * http(s)), and the line that the articles it links to stay their publishers': shown in the
 * footer and beside the downloads. Nothing when the dataset states no licence.
 */
export function LicenseNote({ dataset, className }: { dataset: Pick<Dataset, 'license' | 'licenseUrl'>; className: string }) {
  if (!dataset.license) return null;
  const href = safeHttpUrl(dataset.licenseUrl);
  return (
    <p className={className}>
      {t('license.label')}
      {href ? (
        <a href={href} rel="license noopener noreferrer">
          <bdi>{dataset.license}</bdi>
        </a>
      ) : (
        <bdi>{dataset.license}</bdi>
      )}
      {t('license.articles')}
    </p>
  );
}
