import { useEffect, useId, useState, type DragEvent } from 'react';
import { t } from '../i18n/translate.ts';
import { ACCEPTED_FILES } from './read-local-file.ts';

export interface FileDropZoneProps {
  readonly onFile: (file: File) => void;
  readonly busy: boolean;
}

/** Files dragged over the page: the zone takes them; anywhere else, the browser must not open them in place of the page. */
function useNoDropOutside(): void {
  useEffect(() => {
    const refuse = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', refuse);
    window.addEventListener('drop', refuse);
    return () => {
      window.removeEventListener('dragover', refuse);
      window.removeEventListener('drop', refuse);
    };
  }, []);
}

/**
 * "Drop a file here, or choose one": one real file input (the keyboard's and screen reader's
 * way in: Tab, then Enter or Space), named by the whole zone, which is also where a file can
 * be dropped. The file is read in the browser by the page (read-local-file.ts).
 */
export function FileDropZone({ onFile, busy }: FileDropZoneProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  useNoDropOutside();
  const drop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div className="make-source">
      <h3 className="make-source__title" id={`${id}-title`}>
        {t('make.openFile')}
      </h3>
      <p id={`${id}-hint`} className="make-source__hint">
        {t('make.fileKinds')}
      </p>
      <label
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragEnter={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={drop}
      >
        <input
          type="file"
          className="drop-zone__input"
          accept={ACCEPTED_FILES}
          aria-label={t('make.chooseOrDrop')}
          aria-describedby={`${id}-hint ${id}-privacy`}
          aria-busy={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <span className="button button--primary drop-zone__button" aria-hidden="true">
          {t('make.chooseFile')}
        </span>
        <span className="drop-zone__text" aria-hidden="true">
          {t('make.orDrop')}
        </span>
      </label>
      <p id={`${id}-privacy`} className="make-source__hint">
        {t('make.notUploaded')}
      </p>
    </div>
  );
}
