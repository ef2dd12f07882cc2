import '../ui/share.css';
import { shareLinks } from '../embed/share-links.ts';
import { APP_ORIGIN } from '../view-store/app-view-store.ts';
import { DEFAULT_VIEW } from '../view-store/view-state.ts';
import { CopyField } from '../ui/copy-field.tsx';

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
        Your timeline is live: anyone with this link sees it, and it follows your sheet or file as you change it. <a href={links.url}>Open it</a>
      </p>
      <CopyField label="Link to your timeline" value={links.url} copyLabel="Copy link" copiedMessage="Link copied." />
      <CopyField label="Embed code, for an article" value={links.embedCode} copyLabel="Copy code" copiedMessage="Embed code copied." multiline />
    </div>
  );
}
