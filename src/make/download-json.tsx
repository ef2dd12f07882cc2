import { useState } from 'react';
import type { Dataset } from '../data/timeline-event.ts';
import { eventsToJson } from '../export/events-to-json.ts';
import { FileDownloadAnchor, type FileDownload } from '../export/file-download.tsx';
import { t, tn } from '../i18n/translate.ts';

/** "my sheet.xlsx" → "my sheet.json": the converted file keeps the author's name for it. */
export function jsonFileName(fileName: string): string {
  const base = fileName.replace(/\.[^./\\]*$/, '') || 'timeline';
  return `${base}.json`;
}

export interface DownloadJsonProps {
  readonly dataset: Dataset;
  /** The local file's name, for the download's. */
  readonly fileName: string;
}

/**
 * For a local file: the dataset in this app's JSON format (what `npm run convert` writes, of
 * the records that pass the checks), and what to do with it: a file on the author's computer
 * has no address, so it must be put on the web before a timeline can link to it.
 */
export function DownloadJson({ dataset, fileName }: DownloadJsonProps) {
  const [download, setDownload] = useState<FileDownload>();
  const name = jsonFileName(fileName);
  const save = () => {
    const blob = new Blob([eventsToJson(dataset, dataset.events)], { type: 'application/json' });
    setDownload({ href: URL.createObjectURL(blob), name });
  };
  return (
    <div className="make-publish">
      <p className="make-publish__lead">{t('make.onTheWeb')}</p>
      <ul className="make-publish__steps">
        <li>{t('make.putOnTheWeb')}</li>
        <li>{t('make.pasteItsLink')}</li>
      </ul>
      <p>
        <button type="button" className="button" onClick={save}>
          {t('make.downloadJson')}
        </button>{' '}
        <span className="make-publish__note">{tn('make.jsonNote', dataset.events.length, { name })}</span>
      </p>
      <FileDownloadAnchor download={download} />
    </div>
  );
}
