import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './citation-item.ts';
import apa from './styles/apa-web.csl?raw';
import chicago from './styles/chicago-web.csl?raw';
import mla from './styles/mla-web.csl?raw';

/**
 * The citations of one item, made by Citation.js (@citation-js/core with its CSL and BibTeX
 * plugins: the citeproc-js engine for the styles, its own BibTeX writer for the escaping). This
 * module and the library are one chunk, imported only when a reader opens Cite (cite-panel.tsx).
 * The three styles are our own small CSL files (styles/), each covering a web page and a dataset.
 */
export interface Citations {
  readonly apa: string;
  readonly chicago: string;
  readonly mla: string;
  /** A biblatex entry (@online or @dataset, with version and urldate); classic BibTeX reads its note. */
  readonly bibtex: string;
  readonly cslJson: string;
}

const STYLES = { apa, chicago, mla } as const;
type StyleName = keyof typeof STYLES;

const registered = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
for (const [name, xml] of Object.entries(STYLES)) registered.styles.add(`conflict-timeline-${name}`, xml);

export function formatCitations(item: CslItem): Citations {
  const cite = new Cite(item);
  const style = (name: StyleName) =>
    (cite.format('bibliography', { format: 'text', template: `conflict-timeline-${name}`, lang: 'en-US' }) as string).trim();
  return {
    apa: style('apa'),
    chicago: style('chicago'),
    mla: style('mla'),
    bibtex: (cite.format('biblatex', { format: 'text' }) as string).trim(),
    cslJson: JSON.stringify([item], null, 2),
  };
}
