import { describe, expect, it } from 'vitest';
import { exploreKeyAction, neighboursOf, selectionNow, stepTarget } from './event-walk.ts';
import { loadEvents, rawEvent } from './test-events.ts';

const { events } = loadEvents([
  rawEvent('one', '2024-01-01'),
  rawEvent('two', '2024-01-05', { category: 'attack' }),
  rawEvent('three', '2024-01-10'),
  rawEvent('four', '2024-01-20', { category: 'attack' }),
]);
const byId = (id: string) => events.find((event) => event.id === id)!;
const strikes = events.filter((event) => event.category === 'strike'); // one, three
const day = (text: string) => Date.parse(`${text}T00:00Z`);

describe('neighboursOf', () => {
  it('gives the shown events either side and the place among them', () => {
    const { previous, next, index } = neighboursOf(events, byId('two'));
    expect([previous?.id, next?.id, index]).toEqual(['one', 'three', 1]);
    expect(neighboursOf(events, byId('one')).previous).toBeUndefined();
    expect(neighboursOf(events, byId('four')).next).toBeUndefined();
  });

  it('for an event the filters hide, gives the shown events around its date', () => {
    const { previous, next, index } = neighboursOf(strikes, byId('two'));
    expect([previous?.id, next?.id, index]).toEqual(['one', 'three', -1]);
    expect(neighboursOf(strikes, byId('four'))).toEqual({ previous: byId('three'), next: undefined, index: -1 });
  });
});

describe('selectionNow', () => {
  it('is the rendered selection while the address names it', () => {
    expect(selectionNow('two', byId('two'), strikes)).toBe(byId('two'));
  });

  it('is the event the address names when the render is behind it', () => {
    expect(selectionNow('three', byId('one'), strikes)).toBe(byId('three'));
    expect(selectionNow('one', undefined, strikes)).toBe(byId('one'));
  });

  it('is nothing once the address has no event, even before the render catches up', () => {
    expect(selectionNow(undefined, byId('one'), strikes)).toBeUndefined();
  });

  it('keeps the rendered selection for an id it cannot find among the shown events', () => {
    expect(selectionNow('four', byId('one'), strikes)).toBe(byId('one'));
    expect(selectionNow('nowhere', undefined, strikes)).toBeUndefined();
  });

  it('walked step by step from the address, never repeats a step the render has not shown yet', () => {
    // `]` then `[` `[` `[` with the screen still showing "three" throughout.
    let address: string | undefined = 'three';
    const window = { from: day('2024-01-01'), to: day('2024-02-01') };
    const walked: (string | undefined)[] = [];
    for (const by of [1, -1, -1, -1] as const) {
      address = stepTarget(events, selectionNow(address, byId('three'), events), by, window)?.id;
      walked.push(address);
    }
    expect(walked).toEqual(['four', 'three', 'two', 'one']);
  });
});

describe('stepTarget', () => {
  const window = { from: day('2024-01-04'), to: day('2024-01-15') };

  it('steps from the selection among the shown events', () => {
    expect(stepTarget(strikes, byId('one'), 1, window)?.id).toBe('three');
    expect(stepTarget(strikes, byId('three'), 1, window)).toBeUndefined();
    expect(stepTarget(events, byId('three'), -1, window)?.id).toBe('two');
  });

  it('without a selection starts from the first or last event in view', () => {
    expect(stepTarget(events, undefined, 1, window)?.id).toBe('two');
    expect(stepTarget(events, undefined, -1, window)?.id).toBe('three');
  });

  it('falls back to the ends when nothing is in view, and to nothing when nothing is shown', () => {
    const late = { from: day('2025-01-01'), to: day('2025-02-01') };
    expect(stepTarget(events, undefined, 1, late)?.id).toBe('four');
    const early = { from: day('2020-01-01'), to: day('2020-02-01') };
    expect(stepTarget(events, undefined, -1, early)?.id).toBe('one');
    expect(stepTarget([], undefined, 1, window)).toBeUndefined();
  });
});

describe('exploreKeyAction', () => {
  const key = (name: string, modifiers: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
    exploreKeyAction({ key: name, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

  it('maps the screen keys', () => {
    expect(['/', 'Escape', '[', ']', 'Home', 'End'].map((name) => key(name))).toEqual([
      'focus-search',
      'clear',
      'previous',
      'next',
      'first',
      'last',
    ]);
  });

  it('leaves other keys and modified keys to the browser', () => {
    expect(key('a')).toBeNull();
    expect(key('ArrowRight')).toBeNull();
    expect(key('/', { ctrlKey: true })).toBeNull();
    expect(key('Home', { metaKey: true })).toBeNull();
  });
});
