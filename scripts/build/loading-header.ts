import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { HeaderText } from '../../src/boot/prerendered-header.ts';
import { untranslatedDatasetLanguage } from '../../src/data/localize-dataset.ts';
import type { Dataset } from '../../src/data/timeline-event.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { LoadingHeader } from '../../src/routes/loading-screen.tsx';

/**
 * The dataset's title and description in a page's loading screen (src/boot/prerendered-header.ts
 * says why): the header the app's loading screen renders, from the dataset as the page's reader
 * sees it (`shown`, data/localize-dataset.ts), with `lang` where a text is not in `language`,
 * as the app's header marks it.
 */
export function loadingHeaderText(shown: Dataset, language: Language): HeaderText {
  return {
    title: shown.title,
    description: shown.description,
    titleLang: untranslatedDatasetLanguage(shown, 'title', language),
    descriptionLang: untranslatedDatasetLanguage(shown, 'description', language),
  };
}

/** A built page with `header` at the top of its loading screen (index.html's #root), as React renders it. */
export function withLoadingHeader(html: string, header: HeaderText): string {
  const markup = renderToStaticMarkup(createElement(LoadingHeader, { text: header }));
  // A function, so a `$` in the dataset's text is not read as a replacement pattern.
  return html.replace(/(<div id="root">\s*<div class="app">)/, (start: string) => start + markup);
}
