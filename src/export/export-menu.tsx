import './export-menu.css';
import './print.css';
import { useState } from 'react';
import type { Category, Dataset, TimelineEvent } from '../data/timeline-event.ts';
import { LicenseNote } from '../ui/license-note.tsx';
import type { TimeWindow } from '../view-store/view-state.ts';
import { exportFileName, type ExportFormat } from './export-file-name.ts';
import { FileDownloadAnchor, type FileDownload } from './file-download.tsx';

export interface ExportMenuProps {
  readonly dataset: Dataset;
  /** The events to export: the filtered ones the reader sees. */
  readonly events: readonly TimelineEvent[];
  readonly lanes: readonly Category[];
  /** The timeline's window: what the SVG and PNG show, and the dates in the file names. */
  readonly window: TimeWindow;
}

const FORMATS: readonly { readonly format: ExportFormat; readonly label: string; readonly what: string }[] = [
  { format: 'csv', label: 'CSV', what: 'the events as a spreadsheet' },
  { format: 'json', label: 'JSON', what: 'the events as a dataset file' },
  { format: 'svg', label: 'SVG', what: 'a picture of the timeline' },
  { format: 'png', label: 'PNG', what: 'a picture of the timeline' },
];

/**
 * "Download CSV / JSON / SVG / PNG" of what is on screen. The formats' code is imported on
 * the first click, not with the page. A file is handed over by FileDownloadAnchor.
 */
export function ExportMenu({ dataset, events, lanes, window }: ExportMenuProps) {
  const [busy, setBusy] = useState<ExportFormat>();
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const [download, setDownload] = useState<FileDownload>();

  const save = async (format: ExportFormat) => {
    if (busy) return;
    setBusy(format);
    setStatus('');
    setFailure('');
    try {
      const { buildExport } = await import('./export-formats.ts');
      const blob = await buildExport(format, { dataset, events, lanes, window });
      const name = exportFileName(dataset.title, window, format);
      setDownload({ href: URL.createObjectURL(blob), name });
      setStatus(`Downloaded ${name}`);
    } catch (error) {
      setFailure(`The ${format.toUpperCase()} file could not be made: ${error instanceof Error ? error.message : 'unknown error'}`);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="export-menu" role="group" aria-label="Download">
      <span className="export-menu__label" aria-hidden="true">
        Download
      </span>
      {FORMATS.map(({ format, label, what }) => (
        <button
          key={format}
          type="button"
          className="button export-menu__button"
          aria-label={`Download ${label}`}
          title={`Download ${what} (${events.length} event${events.length === 1 ? '' : 's'})`}
          aria-busy={busy === format}
          // Not `disabled`: that would drop keyboard focus while a PNG is being made.
          aria-disabled={busy !== undefined}
          onClick={() => void save(format)}
        >
          {label}
        </button>
      ))}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {failure && (
        <p className="export-menu__failure" role="alert">
          {failure}
        </p>
      )}
      <LicenseNote dataset={dataset} className="export-menu__license" />
      <FileDownloadAnchor download={download} />
    </div>
  );
}
