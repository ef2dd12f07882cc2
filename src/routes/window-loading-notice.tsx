import { formatBytes } from '../data/fetch-text.ts';
import { formatDayOf } from '../data/format-date.ts';
import { formatCount } from '../ui/format-count.ts';
import { useLoadedDataset } from '../view-store/use-loaded-dataset.ts';
import { useWindowLoading } from './use-window-loading.ts';

/**
 * What a reader of a Parquet dataset needs to know: which events are loaded (the list, map,
 * search, filters and counts cover only those; the overview counts the whole file), the
 * progress of a window's download, a window too full to load, and a host without range
 * requests. Renders nothing for a dataset loaded whole.
 */
export function WindowLoadingNotice() {
  const { dataset } = useLoadedDataset();
  const progress = useWindowLoading();
  const windowed = dataset.windowed;
  if (!windowed) return null;
  const { source, loaded, tooMany } = windowed;
  const total = formatCount(source.summary.total);
  let state: string;
  if (progress) {
    const part = progress.total > 0 ? ` ${Math.min(100, Math.round((progress.done / progress.total) * 100))}% (${formatBytes(progress.done)} of ${formatBytes(progress.total)})` : '';
    state = `Loading the events of this window…${part}`;
  } else if (tooMany !== undefined) {
    state = `This window holds about ${formatCount(tooMany)} events, more than the ${formatCount(source.windowLimit)} loaded at once: zoom in to see them.`;
  } else if (loaded) {
    state = `Loaded the events of ${formatDayOf(loaded.from)} to ${formatDayOf(loaded.to - 1)} (${formatCount(dataset.events.length)} held).`;
  } else state = 'No events loaded yet.';
  return (
    <div className="notice notice--info" role="status" aria-label="Large dataset">
      <p>
        {state} This file has {total} events: the overview counts them all; the list, map, search, filters and counts cover the loaded events only.
      </p>
      {!source.ranged && (
        <p>
          This host does not answer range requests, so the whole file ({formatBytes(source.byteLength)}) was downloaded first: slower than from a host that does.
        </p>
      )}
    </div>
  );
}
