import { EnglishDetail } from './english-detail.tsx';
import { loadFailureWords } from './load-failure-words.ts';
import { useLoadFailureWords } from './use-load-failure-words.ts';
import { t } from '../i18n/translate.ts';

/** Why a load failed, in the page's language, with any English detail set apart. */
export function LoadFailureMessage({ error }: { readonly error: unknown }) {
  const ready = useLoadFailureWords(error);
  if (!ready) return null;
  const { text, english } = loadFailureWords(error);
  return (
    <>
      <p>{text}</p>
      {english && <EnglishDetail label={t('failure.detailInEnglish')}>{english}</EnglishDetail>}
    </>
  );
}
