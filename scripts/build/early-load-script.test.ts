import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EARLY_LOAD_GLOBAL } from '../../src/boot/early-load.ts';
import { LOADING_HEADER_OFF } from '../../src/boot/prerendered-header.ts';
import { LOAD_HASH_PREFIX } from '../../src/data/worker-protocol.ts';
import { earlyLoadScript, scriptHashSource } from './early-load-script.ts';

const WORKER = '/assets/parse-worker-abc.js';
const DEFAULT = '/data/events.json';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: unknown) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: ((event: { preventDefault(): void }) => void) | null = null;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
}

const EMBED = ['/app/embed', '/app/ar/embed'];
let rootAttributes: Record<string, string> = {};

/**
 * Runs the script as a page at `href` would (an English page unless `pageLang` says otherwise,
 * as `<html lang>` has it, in a browser reading `browser`), and returns what it left for the app.
 */
function runAt(href: string, WorkerClass: unknown = FakeWorker, { pageLang = 'en', browser = ['en-GB', 'en'] } = {}) {
  FakeWorker.made = [];
  rootAttributes = {};
  const window: Record<string, unknown> = {};
  const location = new URL(href);
  const documentElement = {
    getAttribute: (name: string) => (name === 'lang' ? pageLang : null),
    setAttribute: (name: string, value: string) => (rootAttributes[name] = value),
  };
  const document = { baseURI: href, documentElement };
  const navigator = { languages: browser, language: browser[0] };
  new Function('window', 'location', 'document', 'navigator', 'Worker', earlyLoadScript(WORKER, DEFAULT, EMBED))(window, location, document, navigator, WorkerClass);
  return window[EARLY_LOAD_GLOBAL] as { url: string; worker: FakeWorker; replies: unknown[]; failed: boolean } | undefined;
}

/** Whether the script hid the page's prerendered header (the dataset's title and description). */
function headerHidden(href: string, page: { pageLang?: string; browser?: string[] } = {}): boolean {
  runAt(href, FakeWorker, page);
  return rootAttributes[LOADING_HEADER_OFF] === 'off';
}

describe('the early dataset load script', () => {
  it('loads the default dataset when the link names none, with the file in the worker address', () => {
    const load = runAt('https://example.org/timeline/events/some-id/');
    expect(load?.url).toBe('https://example.org/data/events.json');
    expect(FakeWorker.made).toHaveLength(1);
    expect(load?.worker.url).toBe(`${WORKER}${LOAD_HASH_PREFIX}${encodeURIComponent('https://example.org/data/events.json')}`);
    expect(load?.worker.options).toEqual({ type: 'module', name: 'dataset-loader' });
  });

  it('loads the file `data` names, relative to the page or absolute, and the default for an empty one', () => {
    expect(runAt('https://example.org/app/?data=%20mine.json%20')?.url).toBe('https://example.org/app/mine.json');
    expect(runAt('https://example.org/app/?data=http%3A%2F%2Fother.test%2Fa.json')?.url).toBe('http://other.test/a.json');
    expect(runAt('https://example.org/app/?data=')?.url).toBe('https://example.org/data/events.json');
  });

  it('starts nothing for an address that is not http(s)', () => {
    expect(runAt('https://example.org/?data=javascript%3Aalert(1)')).toBeUndefined();
    expect(runAt('https://example.org/?data=data%3Atext%2Fplain%2Cx')).toBeUndefined();
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('leaves a Parquet file, or an index of them, to the app (which reads footers by range requests)', () => {
    for (const data of ['big.parquet', 'https://cdn.test/x/BIG.PARQUET', 'years/events.parquet-index.json', 'events.parquet-index.json?v=2']) {
      expect(runAt(`https://example.org/app/?data=${encodeURIComponent(data)}`), data).toBeUndefined();
    }
    expect(FakeWorker.made).toHaveLength(0);
    // Only those names: a JSON file that merely mentions Parquet is ours to load early.
    expect(runAt('https://example.org/app/?data=parquet-index.json.txt')?.url).toBe('https://example.org/app/parquet-index.json.txt');
    expect(runAt('https://example.org/app/?data=events.parquet.json')?.url).toBe('https://example.org/app/events.parquet.json');
  });

  it('keeps what the worker says until the app listens, and notes a worker that cannot run', () => {
    const load = runAt('https://example.org/')!;
    load.worker.onmessage?.({ data: 1 });
    load.worker.onmessage?.({ data: 2 });
    expect(load.replies).toEqual([{ data: 1 }, { data: 2 }]);
    let prevented = false;
    load.worker.onerror?.({ preventDefault: () => (prevented = true) });
    expect(load.failed).toBe(true);
    expect(prevented).toBe(true);
  });

  it('leaves nothing behind, and throws nothing, where no worker can be made', () => {
    const refuse = class {
      constructor() {
        throw new Error('refused by policy');
      }
    };
    expect(runAt('https://example.org/', refuse)).toBeUndefined();
  });

  it("gives an embed the theme its link asks for, and nothing else a theme", () => {
    runAt('https://example.org/app/embed?theme=dark');
    expect(rootAttributes).toEqual({ 'data-theme': 'dark' });
    runAt('https://example.org/app/embed/events/some-id/?theme=light');
    expect(rootAttributes).toEqual({ 'data-theme': 'light' });
    runAt('https://example.org/app/ar/embed/events/some-id/?theme=dark', FakeWorker, { pageLang: 'ar-IQ' });
    expect(rootAttributes).toEqual({ 'data-theme': 'dark' });
    for (const href of ['https://example.org/app/?theme=dark', 'https://example.org/app/embedded?theme=dark', 'https://example.org/app/ar/?theme=dark', 'https://example.org/app/embed?theme=auto', 'https://example.org/app/embed?theme=%22%3E']) {
      runAt(href);
      expect(rootAttributes, href).toEqual({});
    }
    // The theme never stands in the way of the load.
    expect(runAt('https://example.org/app/embed?theme=dark')?.url).toBe('https://example.org/data/events.json');
  });

  it("keeps the page's dataset header for a link to the page's own dataset in the page's language", () => {
    expect(headerHidden('https://example.org/app/')).toBe(false);
    expect(headerHidden('https://example.org/app/events/some-id/?from=2024-01-01&data=')).toBe(false);
    expect(headerHidden('https://example.org/app/?lang=en', { browser: ['ar'] })).toBe(false);
    expect(headerHidden('https://example.org/app/', { browser: ['fr-FR', 'en-US', 'ar'] })).toBe(false);
    expect(headerHidden('https://example.org/app/', { browser: ['fr-FR'] })).toBe(false);
    // An Arabic page is Arabic whatever the link's `lang` or the browser says (the path wins).
    expect(headerHidden('https://example.org/app/ar/', { pageLang: 'ar-IQ' })).toBe(false);
    expect(headerHidden('https://example.org/app/ar/events/some-id/?lang=en', { pageLang: 'ar-IQ', browser: ['en'] })).toBe(false);
  });

  it('hides it before the first paint when the link names another dataset', () => {
    expect(headerHidden('https://example.org/app/?data=mine.json')).toBe(true);
    expect(headerHidden('https://example.org/app/events/some-id/?data=https%3A%2F%2Fother.test%2Fa.json')).toBe(true);
    expect(headerHidden('https://example.org/app/ar/?data=mine.parquet', { pageLang: 'ar-IQ' })).toBe(true);
    expect(headerHidden('https://example.org/app/?data=javascript%3Aalert(1)')).toBe(true);
  });

  it('hides it when the reader gets another language than the page is written in', () => {
    expect(headerHidden('https://example.org/app/?lang=ar')).toBe(true);
    expect(headerHidden('https://example.org/app/', { browser: ['ar-IQ', 'en'] })).toBe(true);
    expect(headerHidden('https://example.org/app/', { browser: ['fr', 'AR'] })).toBe(true);
    // A `lang` the app does not speak is ignored, as the app ignores it: the browser decides.
    expect(headerHidden('https://example.org/app/?lang=xx', { browser: ['ar'] })).toBe(true);
    expect(headerHidden('https://example.org/app/?lang=xx')).toBe(false);
  });

  it('keeps the constants it embeds inside the script element', () => {
    const script = earlyLoadScript('/assets/</script><b>.js', DEFAULT, EMBED);
    expect(script).not.toContain('</script>');
    expect(script).toContain('\\u003c/script>');
  });
});

describe('scriptHashSource', () => {
  it('is the CSP source for the SHA-256 of the exact text', () => {
    const script = earlyLoadScript(WORKER, DEFAULT, EMBED);
    expect(scriptHashSource(script)).toBe(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(scriptHashSource(`${script} `)).not.toBe(scriptHashSource(script));
  });
});
