import '../make/make.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { LoadedDataset } from '../data/timeline-event.ts';
import { datasetQueryOptions, useDatasetProgress, useRetryDataset } from '../loading/dataset-query.ts';
import { FileDropZone } from '../make/file-drop-zone.tsx';
import { LinkForm, linkProblem } from '../make/link-form.tsx';
import { forgetLocalDataset, localDatasetKey, seedLocalDataset } from '../make/local-dataset.ts';
import { previewDataset } from '../make/preview-view.ts';
import { readLocalFile } from '../make/read-local-file.ts';
import { isLanguage } from '../i18n/languages.ts';
import { languagePath } from '../view-store/language-path.ts';
import { t, tn } from '../i18n/translate.ts';
import { displayUrl } from '../ui/display-url.ts';
import { LoadErrorNotice } from '../ui/load-error-notice.tsx';
import { LoadFailureMessage } from '../ui/load-failure-message.tsx';
import { LoadProgress } from '../ui/load-progress.tsx';
import { useDataUrl } from '../view-store/use-view-store.ts';
import { MakeResult, type MakeSource } from './make-result.tsx';

interface LocalFile {
  /** Its dataset's key in the query cache (make/local-dataset.ts). */
  readonly key: string;
  readonly name: string;
  readonly loaded: LoadedDataset;
}

/** The live region's words for a dataset that has just been read. */
function loadedText(loaded: LoadedDataset, from: string): string {
  const skipped = loaded.skipped.length ? tn('make.readSkipped', loaded.skipped.length) : '';
  return tn('make.read', loaded.dataset.events.length, { from, skipped });
}

/**
 * `/make`, the page for authors: paste a link (it goes in the address, `/make?data=<link>`, so
 * it survives a reload and Back) or open a local file (read in the browser, kept in the query
 * cache under a key of its own), and see at once what was read, what to fix, how to publish
 * it, and the timeline itself. A lazy route: none of it is in the timeline page's download.
 */
export function MakePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const asked = params.get('data')?.trim() ?? '';
  // A language asked for in the address stays there as the author moves about (a reload keeps it).
  const lang = params.get('lang');
  const language = isLanguage(lang) ? lang : undefined;
  const langQuery = language ? `lang=${language}` : '';
  const link = asked && !linkProblem(asked) ? asked : undefined;
  const [file, setFile] = useState<LocalFile>();
  const [reading, setReading] = useState<string>();
  const [fileError, setFileError] = useState<{ readonly name: string; readonly error: unknown }>();
  // Set when the author asks for data, so the focus moves to the result only then (not on opening a shared /make link).
  const asking = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const query = useQuery({ ...datasetQueryOptions(link ?? ''), enabled: link !== undefined });
  const progress = useDatasetProgress(link);
  const retry = useRetryDataset(link);
  const dataKey = link ?? file?.key;
  // Before paint, so the preview never renders a frame with the previous dataset's view.
  useLayoutEffect(() => previewDataset(dataKey), [dataKey]);
  const previewing = useDataUrl() === dataKey;

  // A file's dataset leaves the cache once another file or a link has replaced it in the store.
  const shownFile = useRef<string>(undefined);
  useEffect(() => {
    if (shownFile.current && shownFile.current !== dataKey) forgetLocalDataset(client, shownFile.current);
    shownFile.current = file && dataKey === file.key ? file.key : undefined;
  }, [client, dataKey, file]);

  const loaded = link ? query.data : file?.loaded;
  useEffect(() => {
    if (!loaded || !previewing || !asking.current) return;
    asking.current = false;
    heading.current?.focus();
  }, [loaded, previewing]);

  const openLink = (next: string) => {
    asking.current = true;
    setFileError(undefined);
    void navigate(`/make?data=${encodeURIComponent(next)}${langQuery && `&${langQuery}`}`);
  };
  const openFile = async (chosen: File) => {
    asking.current = true;
    setReading(chosen.name);
    setFileError(undefined);
    try {
      const parsed = await readLocalFile(chosen);
      const key = localDatasetKey(chosen.name);
      seedLocalDataset(client, key, parsed.loaded);
      setFile({ key, name: chosen.name, loaded: parsed.loaded });
      if (link) void navigate(`/make${langQuery && `?${langQuery}`}`);
    } catch (error) {
      asking.current = false;
      setFileError({ name: chosen.name, error });
    } finally {
      setReading(undefined);
    }
  };

  const source: MakeSource | undefined = link ? { kind: 'link', link } : file ? { kind: 'file', name: file.name } : undefined;
  const status = reading
    ? t('make.reading', { name: reading })
    : fileError
      ? ''
      : loaded && source
        ? loadedText(loaded, source.kind === 'file' ? source.name : t('make.theLink'))
        : '';

  return (
    <div className="app make-page">
      <title>{t('page.makeOwn')}</title>
      <header className="make-header">
        <p className="make-header__back">
          <Link to={language === 'en' ? '/?lang=en' : languagePath('/', language)}>{t('make.back')}</Link>
        </p>
        <h1 className="app-header__title">{t('page.makeOwn')}</h1>
        <p className="make-header__lead">{t('make.lead')}</p>
      </header>
      <main className="make-main">
        <section className="make-step" aria-labelledby="make-data-title">
          <h2 id="make-data-title" className="make-step__title">
            {t('make.yourData')}
          </h2>
          <div className="make-sources">
            <LinkForm key={link ?? ''} initial={link ?? ''} onSubmit={openLink} />
            <FileDropZone onFile={(chosen) => void openFile(chosen)} busy={reading !== undefined} />
          </div>
          <p className="make-step__hint">
            {t('make.templateStart')}
            <a href={`${import.meta.env.BASE_URL}template.csv`} download>
              {t('make.templateLink')}
            </a>
            {t('make.templateEnd')}
          </p>
          {/* Seen while a file is read; afterwards the result's heading says it, and this is heard. */}
          <p className={reading ? 'make-status' : 'make-status visually-hidden'} role="status">
            {status}
          </p>
          {fileError && (
            <div className="notice notice--error" role="alert">
              <p>
                <strong>{t('make.fileFailed', { name: fileError.name })}</strong>
              </p>
              <LoadFailureMessage error={fileError.error} />
            </div>
          )}
          {link && query.isPending && (
            <LoadProgress url={displayUrl(link)} progress={progress} onRetry={retry} />
          )}
          {link && query.isError && <LoadErrorNotice url={link} error={query.error} onRetry={retry} />}
        </section>
        {source && loaded && previewing && <MakeResult key={dataKey} source={source} loaded={loaded} headingRef={heading} />}
      </main>
    </div>
  );
}
