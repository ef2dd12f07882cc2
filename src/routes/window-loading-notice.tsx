import { formatBytes } from '../data/fetch-text.ts';
import { formatDayOf } from '../data/format-date.ts';
import { formatCount } from '../i18n/format-count.ts';
import { useLoadedDataset } from '../view-store/use-loaded-dataset.ts';
import { useWindowLoading } from './use-window-loading.ts';
import { t } from '../i18n/translate.ts';
import { useLaterMessages } from '../i18n/use-later-messages.ts';

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
  const ready = useLaterMessages(!!windowed);
  if (!windowed || !ready) return null;
  const { source, loaded, tooMany } = windowed;
  const total = formatCount(source.summary.total);
  let state: string;
  if (progress) {
    const part =
      progress.total > 0
        ? t('windowed.part', { percent: Math.min(100, Math.round((progress.done / progress.total) * 100)), done: formatBytes(progress.done), total: formatBytes(progress.total) })
        : '';
    state = t('windowed.loading', { part });
  } else if (tooMany !== undefined) {
    state = t('windowed.tooMany', { count: tooMany, limit: source.windowLimit });
  } else if (loaded) {
    state = t('windowed.loaded', { from: formatDayOf(loaded.from), to: formatDayOf(loaded.to - 1), count: dataset.events.length });
  } else state = t('windowed.none');
  return (
    <div className="notice notice--info" role="status" aria-label={t('windowed.label')}>
      <p>
        {state}
        {source.files > 1 ? t('windowed.totalFiles', { total, files: formatCount(source.files) }) : t('windowed.total', { total })}
      </p>
      {!source.ranged && (
        <p>
          {t('windowed.noRanges', { size: formatBytes(source.byteLength) })}
        </p>
      )}
    </div>
  );
}
