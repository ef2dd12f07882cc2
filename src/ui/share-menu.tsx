import './share.css';
import { createContext, useContext, useId, useState } from 'react';
import { CopyField } from './copy-field.tsx';
import { usePopover } from './use-popover.ts';
import { t } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

interface ShareMenuProps {
  /** What is shared, for the button's name. */
  readonly subject: 'event' | 'view';
  /** The top-level URL of the view (never the /embed one, even inside an embed). */
  readonly url: string;
  readonly title: string;
  /** The ready-to-paste iframe snippet for the same view. */
  readonly embedCode: string;
}

/**
 * True inside the event panel, whose Share opens in the flow of its text (a disclosure) rather
 * than over it: the panel can sit at the foot of a short embed, where a floating panel would be
 * cut off, and the embed grows with its content instead (embed.js).
 */
export const ShareInline = createContext(false);

/**
 * "Share": copy the link, the system share sheet where there is one, and the embed code. A
 * popover under its button (see usePopover), or a disclosure inside the event panel; neither
 * is a modal, so both work the same inside an iframe.
 */
export function ShareMenu(props: ShareMenuProps) {
  return useContext(ShareInline) ? <ShareDisclosure {...props} /> : <SharePopover {...props} />;
}

function SharePopover(props: ShareMenuProps) {
  const { open, buttonProps, panelProps } = usePopover('end');
  const name = props.subject === 'event' ? t('share.thisEvent') : t('share.thisView');
  return (
    <div className="share">
      <button type="button" className="button button--quiet" aria-label={name} {...buttonProps}>
        {t('share.button')}
      </button>
      <div {...panelProps} className="share__panel popover popover--end" role="group" aria-label={name}>
        {open && <ShareActions {...props} />}
      </div>
    </div>
  );
}

function ShareDisclosure(props: ShareMenuProps) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const name = props.subject === 'event' ? t('share.thisEvent') : t('share.thisView');
  return (
    <div className="share">
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        aria-controls={regionId}
        aria-label={name}
        onClick={() => setOpen((value) => !value)}
      >
        {t('share.button')}
      </button>
      {open && (
        <div id={regionId} className="share__panel" role="group" aria-label={name}>
          <ShareActions {...props} />
        </div>
      )}
    </div>
  );
}

function ShareActions({ url, title, embedCode }: ShareMenuProps) {
  // Its words come with the later messages (i18n/messages-en-later.ts), asked for on opening.
  const words = useLaterMessages();
  const [showEmbed, setShowEmbed] = useState(false);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  if (!words) return null;
  return (
    <>
      <CopyField label={t('share.link')} value={url} copyLabel={t('share.copyLink')} copiedMessage={t('share.linkCopied')} />
      <div className="share__actions">
        {canShare && (
          <button type="button" className="button" onClick={() => void navigator.share({ title, url }).catch(() => undefined)}>
            {t('share.via')}
          </button>
        )}
        <button type="button" className="button" aria-expanded={showEmbed} onClick={() => setShowEmbed((value) => !value)}>
          {t('share.embed')}
        </button>
      </div>
      {showEmbed && (
        <CopyField
          label={t('share.embedCode')}
          value={embedCode}
          copyLabel={t('share.copyEmbedCode')}
          copiedMessage={t('share.embedCodeCopied')}
          multiline
        />
      )}
    </>
  );
}
