import { describe, expect, it } from 'vitest';
import { messageKeys, shortenKeys, shortNames } from './short-message-keys.ts';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

describe('short message keys', () => {
  const keys = messageKeys(root);
  const names = shortNames(keys);

  it('finds every key of the English catalogues, each once', async () => {
    expect(keys).toContain('header.count');
    expect(keys).toContain('status.confirmed.definition');
    expect(new Set(keys).size).toBe(keys.length);
    const catalogues = await Promise.all([
      import('../../src/i18n/messages-en.ts').then((module) => module.en),
      import('../../src/i18n/messages-en-later.ts').then((module) => module.enLater),
      import('../../src/i18n/messages-en-make.ts').then((module) => module.enMake),
      import('../../src/i18n/messages-en-fetch.ts').then((module) => module.enFetch),
      import('../../src/i18n/messages-en-sheets.ts').then((module) => module.enSheets),
      import('../../src/i18n/messages-en-read.ts').then((module) => module.enRead),
    ]);
    expect([...keys].sort()).toEqual(catalogues.flatMap((catalogue) => Object.keys(catalogue)).sort());
  });

  it('renames a key in any quotes, and leaves other strings and partial matches', () => {
    const code = "t('header.more'); t(\"header.less\"); x = `header.more`; y = 'header.more.x'; z = 'a.b'; w = `status.${s}`;";
    expect(shortenKeys(code, names)).toBe(
      `t('${names.get('header.more')}'); t("${names.get('header.less')}"); x = \`${names.get('header.more')}\`; y = 'header.more.x'; z = 'a.b'; w = \`status.\${s}\`;`,
    );
  });

  it('no source builds a key from parts (it would miss its short name)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync(`${root}/src`, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.test.ts'));
    const built = files.filter((file) => /\bt\(`|\btn\(`/.test(readFileSync(`${root}/src/${file}`, 'utf8')));
    expect(built).toEqual([]);
  });
});
