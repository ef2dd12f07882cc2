import '../ui/share.css';
import { shareLinks } from '../embed/share-links.ts';
import { APP_ORIGIN } from '../view-store/app-view-store.ts';
import { DEFAULT_VIEW } from '../view-store/view-state.ts';
import { CopyField } from '../ui/copy-field.tsx';
import { t } from '../i18n/translate.ts';

export interface PublishLinkProps {
  /** The link the author pasted, as the app reads it with ?data=. */
  readonly link: string;
  readonly title: string;
}

/**
 * For a dataset at a link: the timeline's address (the app with ?data=<link>) and the embed
 * snippet, ready to copy, made as the timeline's own Share menu makes them (embed/share-links.ts).
 */
export function PublishLink({ link, title }: PublishLinkProps) {
  const links = shareLinks(undefined, { ...DEFAULT_VIEW, dataUrl: link }, title, APP_ORIGIN);
  return (
    <div className="make-publish">
      <p className="make-publish__lead">
        {t('make.live')} <a href={links.url}>{t('make.openIt')}</a>
      </p>
      <CopyField label={t('make.linkLabel')} value={links.url} copyLabel={t('share.copyLink')} copiedMessage={t('share.linkCopied')} />
      <CopyField
        label={t('make.embedLabel')}
        value={links.embedCode}
        copyLabel={t('make.copyCode')}
        copiedMessage={t('share.embedCodeCopied')}
        multiline
      />
    </div>
  );
}
