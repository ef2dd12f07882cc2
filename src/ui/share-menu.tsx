import './share.css';
import { useId, useState } from 'react';
import { CopyField } from './copy-field.tsx';

interface ShareMenuProps {
  /** What is shared, for the button's name: "this event" or "this view". */
  readonly subject: string;
  /** The top-level URL of the view (never the /embed one, even inside an embed). */
  readonly url: string;
  readonly title: string;
  /** The ready-to-paste iframe snippet for the same view. */
  readonly embedCode: string;
}

/**
 * "Share": copy the link, the system share sheet where there is one, and the embed code.
 * A disclosure (button + region), not a modal, so it works the same inside an iframe.
 */
export function ShareMenu({ subject, url, title, embedCode }: ShareMenuProps) {
  const [open, setOpen] = useState(false);
  const [showEmbed, setShowEmbed] = useState(false);
  const regionId = useId();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  return (
    <div className="share">
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        aria-controls={regionId}
        aria-label={`Share ${subject}`}
        onClick={() => setOpen((value) => !value)}
      >
        Share
      </button>
      {open && (
        <div id={regionId} className="share__panel" role="group" aria-label={`Share ${subject}`}>
          <CopyField label="Link" value={url} copyLabel="Copy link" copiedMessage="Link copied" />
          <div className="share__actions">
            {canShare && (
              <button
                type="button"
                className="button"
                onClick={() => void navigator.share({ title, url }).catch(() => undefined)}
              >
                Share via…
              </button>
            )}
            <button type="button" className="button" aria-expanded={showEmbed} onClick={() => setShowEmbed((value) => !value)}>
              Embed
            </button>
          </div>
          {showEmbed && (
            <CopyField label="Embed code" value={embedCode} copyLabel="Copy embed code" copiedMessage="Embed code copied" multiline />
          )}
        </div>
      )}
    </div>
  );
}
