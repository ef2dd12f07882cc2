import { activeLanguage } from '../i18n/translate.ts';

/**
 * The /make page's address, for a dataset (`data`) or none, in the page's language: /make has no
 * /ar form (the authors' page is one page), so the language goes in `?lang=`, and a reload of
 * /make keeps it.
 */
export function makePath(data?: string): string {
  const language = activeLanguage();
  const query = [data && `data=${encodeURIComponent(data)}`, language !== 'en' && `lang=${language}`].filter(Boolean).join('&');
  return query ? `/make?${query}` : '/make';
}
