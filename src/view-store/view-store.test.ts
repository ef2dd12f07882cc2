import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADDRESS_DELAY_MS, createViewStore, SETTLE_MS } from './view-store.ts';

const DAY = 24 * 60 * 60 * 1000;
const JAN_1 = Date.UTC(2024, 0, 1);
const window = (fromDay: number, days: number) => ({ from: JAN_1 + fromDay * DAY, to: JAN_1 + (fromDay + days) * DAY });

/** A store at `path` whose writes to the address are recorded, as the router would get them. */
function storeAt(path: string) {
  const [pathname = '/', search = ''] = path.split(/(?=\?)/);
  const store = createViewStore(pathname, search);
  const writes: { path: string; replace: boolean }[] = [];
  store.connect((written, replace) => writes.push({ path: written, replace }));
  return { store, writes };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the view store at boot', () => {
  it('reads the selection, the mode, the window and the filters through view-state.ts', () => {
    const { store } = storeAt('/embed/events/abu-taqwa?from=2024-01-01&to=2024-01-10&cat=us-strike&key=1&q=drone&theme=dark');
    const snapshot = store.getSnapshot();
    expect(snapshot.mode).toBe('embed');
    expect(snapshot.selectedId).toBe('abu-taqwa');
    expect(snapshot.live).toEqual({ from: JAN_1, to: JAN_1 + 10 * DAY });
    expect(snapshot.settled).toBe(snapshot.live);
    expect(snapshot.settings).toMatchObject({ categories: ['us-strike'], keyOnly: true, query: 'drone', theme: 'dark' });
    expect(snapshot.problems).toEqual([]);
  });

  it('has no window where the link names none, and notes what it dropped', () => {
    const { store } = storeAt('/?from=abc&to=2024-01-01&key=2');
    const snapshot = store.getSnapshot();
    expect(snapshot.live).toBeUndefined();
    expect(snapshot.settled).toBeUndefined();
    expect(snapshot.settings.keyOnly).toBe(false);
    expect(snapshot.problems).toHaveLength(2);
  });
});

describe('zoom and pan', () => {
  it('moves the live window at once and settles it when the gesture pauses', () => {
    const { store } = storeAt('/');
    store.moveWindow(window(0, 10));
    store.moveWindow(window(1, 10));
    expect(store.getSnapshot().live).toEqual(window(1, 10));
    expect(store.getSnapshot().settled).toBeUndefined();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    store.moveWindow(window(2, 10));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(store.getSnapshot().settled).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(store.getSnapshot().settled).toBe(store.getSnapshot().live);
    expect(store.getSnapshot().settled).toEqual(window(2, 10));
  });

  it('writes the settled window to the address later, replacing the entry, once', () => {
    const { store, writes } = storeAt('/');
    for (let step = 0; step < 5; step++) store.moveWindow(window(step, 10));
    vi.advanceTimersByTime(SETTLE_MS + ADDRESS_DELAY_MS - 1);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([{ path: '/?from=2024-01-05&to=2024-01-14', replace: true }]);
  });

  it('settles a discrete change at once and writes it after the delay', () => {
    const { store, writes } = storeAt('/events/x');
    store.setWindow(window(0, 7));
    expect(store.getSnapshot().settled).toBe(store.getSnapshot().live);
    store.setWindow(window(0, 3));
    vi.advanceTimersByTime(ADDRESS_DELAY_MS);
    expect(writes).toEqual([{ path: '/events/x?from=2024-01-01&to=2024-01-03', replace: true }]);
  });

  it('writes nothing when the window is back where the address has it', () => {
    const { store, writes } = storeAt('/?from=2024-01-01&to=2024-01-10');
    store.setWindow(window(0, 3));
    store.setWindow(window(0, 10));
    vi.advanceTimersByTime(ADDRESS_DELAY_MS);
    expect(writes).toEqual([]);
  });
});

describe('selection and filters', () => {
  it('push an entry at once, with the window still waiting to be written', () => {
    const { store, writes } = storeAt('/');
    store.moveWindow(window(0, 10));
    store.select('abu-taqwa');
    expect(writes).toEqual([{ path: '/events/abu-taqwa?from=2024-01-01&to=2024-01-10', replace: false }]);
    expect(store.getSnapshot().settled).toBe(store.getSnapshot().live);
    store.updateSettings({ keyOnly: true });
    expect(writes.at(-1)).toEqual({ path: '/events/abu-taqwa?from=2024-01-01&to=2024-01-10&key=1', replace: false });
    // The window went with them: no late replace follows.
    vi.runAllTimers();
    expect(writes).toHaveLength(2);
  });

  it('selects with the window it is given, and closes the event keeping the window', () => {
    const { store, writes } = storeAt('/');
    store.select('a', window(3, 4));
    store.select(undefined);
    expect(writes.map((write) => write.path)).toEqual(['/events/a?from=2024-01-04&to=2024-01-07', '/?from=2024-01-04&to=2024-01-07']);
  });

  it('adds no window to a link that had none', () => {
    const { store, writes } = storeAt('/?cat=attack');
    store.updateSettings({ categories: undefined });
    expect(writes).toEqual([{ path: '/', replace: false }]);
  });

  it('replaces the entry for the search', () => {
    const { store, writes } = storeAt('/');
    store.updateSettings({ query: 'Tower 22' }, 'replace');
    expect(writes).toEqual([{ path: '/?q=Tower+22', replace: true }]);
  });

  it('clears the notes on the link once it has written a canonical address', () => {
    const { store } = storeAt('/?theme=blue');
    expect(store.getSnapshot().problems).toHaveLength(1);
    store.updateSettings({ keyOnly: true });
    expect(store.getSnapshot().problems).toEqual([]);
  });
});

describe('the language', () => {
  it('is written as the /ar prefix on a switch to Arabic, and as ?lang=en on the way back', () => {
    const { store, writes } = storeAt('/events/abu-taqwa?key=1');
    store.updateSettings({ lang: 'ar' });
    store.updateSettings({ lang: 'en' });
    expect(writes).toEqual([
      { path: '/ar/events/abu-taqwa?key=1', replace: false },
      { path: '/events/abu-taqwa?key=1&lang=en', replace: false },
    ]);
  });

  it('is read from an Arabic page, which the store keeps writing under /ar', () => {
    const { store, writes } = storeAt('/ar/events/abu-taqwa/');
    expect(store.getSnapshot()).toMatchObject({ mode: 'page', selectedId: 'abu-taqwa', settings: { lang: 'ar' } });
    store.select('kerman');
    expect(writes).toEqual([{ path: '/ar/events/kerman', replace: false }]);
    store.applyLocation('/events/abu-taqwa', '');
    expect(store.getSnapshot().settings.lang).toBeUndefined();
  });

  it('moves an old ?lang=ar link to the prefix at its first write', () => {
    const { store, writes } = storeAt('/embed?lang=ar');
    store.select('kerman');
    expect(writes).toEqual([{ path: '/ar/embed/events/kerman', replace: false }]);
  });
});

describe('addresses the store did not write (Back, Forward, links)', () => {
  it('take over the view', () => {
    const { store } = storeAt('/events/b?from=2024-01-01&to=2024-01-10');
    store.applyLocation('/events/a', '?from=2024-02-01&to=2024-02-05&actor=Houthis');
    const snapshot = store.getSnapshot();
    expect(snapshot.selectedId).toBe('a');
    expect(snapshot.live).toEqual({ from: Date.UTC(2024, 1, 1), to: Date.UTC(2024, 1, 6) });
    expect(snapshot.settled).toBe(snapshot.live);
    expect(snapshot.settings.actors).toEqual(['Houthis']);
  });

  it('drop a window still waiting to be written, so it cannot overwrite the entry Back went to', () => {
    const { store, writes } = storeAt('/?from=2024-01-01&to=2024-01-10');
    store.moveWindow(window(5, 2));
    vi.advanceTimersByTime(SETTLE_MS);
    store.applyLocation('/events/a', '');
    vi.runAllTimers();
    expect(writes).toEqual([]);
    expect(store.getSnapshot().live).toBeUndefined();
  });

  it('change nothing when the address is the one the store holds', () => {
    const { store } = storeAt('/events/a?from=2024-01-01&to=2024-01-10');
    const before = store.getSnapshot();
    const listener = vi.fn();
    store.subscribe(listener);
    store.applyLocation('/events/a', '?from=2024-01-01&to=2024-01-10');
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keep the settings object when only the window or the selection changed', () => {
    const { store } = storeAt('/?cat=attack&from=2024-01-01&to=2024-01-10');
    const { settings } = store.getSnapshot();
    store.applyLocation('/events/a', '?cat=attack&from=2024-01-02&to=2024-01-10');
    expect(store.getSnapshot().settings).toBe(settings);
    store.applyLocation('/', '?cat=us-strike');
    expect(store.getSnapshot().settings).not.toBe(settings);
  });
});

describe('subscribers', () => {
  it('hear each change until they unsubscribe', () => {
    const { store } = storeAt('/');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setWindow(window(0, 3));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.setWindow(window(0, 4));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('see unchanged parts keep their identity, so selector hooks re-render only what changed', () => {
    const { store } = storeAt('/?cat=attack');
    const { settings } = store.getSnapshot();
    store.moveWindow(window(0, 3));
    store.select('a');
    expect(store.getSnapshot().settings).toBe(settings);
  });
});
