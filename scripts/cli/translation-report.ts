import type { Dataset } from '../../src/data/timeline-event.ts';

/**
 * What `validate` says of a dataset's translations, a line per language: how many events have
 * each field translated, how many categories, and whether the dataset's title and description
 * are, so a publisher sees what a reader of that language will still get in the original.
 */
export function translationLines(dataset: Dataset): string[] {
  const languages = new Set<string>(Object.keys(dataset.i18n ?? {}));
  for (const record of [...dataset.events, ...dataset.categories, ...dataset.series]) for (const language of Object.keys(record.i18n ?? {})) languages.add(language);
  if (languages.size === 0) return [];
  const events = dataset.events.length;
  const lines = [`Translations (the dataset's own language: ${dataset.language ?? 'not given'}):`];
  for (const language of languages) {
    const count = (field: 'title' | 'label' | 'summary') => dataset.events.filter((event) => event.i18n?.[language]?.[field] !== undefined).length;
    const categories = dataset.categories.filter((category) => category.i18n?.[language]?.label !== undefined).length;
    const own = dataset.i18n?.[language];
    const header = [own?.title !== undefined && 'title', own?.description !== undefined && 'description'].filter(Boolean).join(' and ') || 'neither title nor description';
    const from = own?.translatedFrom ? `, translated from ${own.translatedFrom}` : '';
    lines.push(
      `  ${language}: titles ${count('title')} of ${events} events, labels ${count('label')}, summaries ${count('summary')}; ` +
        `${categories} of ${dataset.categories.length} category labels; the dataset's ${header}${from}`,
    );
    if (language === dataset.language) lines.push(`  ${language} is the dataset's own language: its translations are never shown`);
  }
  return lines;
}
