import { useState } from 'react';
import type { Dataset } from '../data/timeline-event.ts';
import { eventsToJson } from '../export/events-to-json.ts';
import { FileDownloadAnchor, type FileDownload } from '../export/file-download.tsx';

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
      <p className="make-publish__lead">
        To share this timeline, its data must be on the web: a file on your computer has no address a link can point to.
      </p>
      <ul className="make-publish__steps">
        <li>
          Put the file where anyone can download it, such as GitHub Pages or any web server that allows other sites to read
          it; or keep your data in a Google Sheet and publish it to the web (File → Share → Publish to web).
        </li>
        <li>Paste its link above: you get the link to your timeline and the code to embed it.</li>
      </ul>
      <p>
        <button type="button" className="button" onClick={save}>
          Download as JSON
        </button>{' '}
        <span className="make-publish__note">
          {name}: the {dataset.events.length === 1 ? 'event' : `${dataset.events.length.toLocaleString('en-GB')} events`} shown
          below, in this app’s format.
        </span>
      </p>
      <FileDownloadAnchor download={download} />
    </div>
  );
}
