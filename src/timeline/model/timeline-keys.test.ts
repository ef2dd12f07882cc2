import { describe, expect, it } from 'vitest';
import { timelineKeyAction, ZOOM_STEP, type TimelineKeyAction } from './timeline-keys.ts';

const press = (key: string, modifiers: { shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {}) =>
  timelineKeyAction({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe('timelineKeyAction', () => {
  it.each<[string, TimelineKeyAction]>([
    ['ArrowLeft', { type: 'step', by: -1 }],
    ['ArrowRight', { type: 'step', by: 1 }],
    ['[', { type: 'step', by: -1 }],
    [']', { type: 'step', by: 1 }],
    ['Home', { type: 'edge', edge: 'first' }],
    ['End', { type: 'edge', edge: 'last' }],
    ['Enter', { type: 'select' }],
    [' ', { type: 'select' }],
    ['Escape', { type: 'clear' }],
  ])('maps %j', (key, action) => {
    expect(press(key)).toEqual(action);
  });

  it('pans a quarter of the window with Shift+arrows instead of stepping', () => {
    expect(press('ArrowLeft', { shiftKey: true })).toEqual({ type: 'pan', by: -0.25 });
    expect(press('ArrowRight', { shiftKey: true })).toEqual({ type: 'pan', by: 0.25 });
  });

  it('zooms in with + and = (the same key without Shift) and out with - and _', () => {
    expect(ZOOM_STEP).toBeGreaterThan(1);
    expect(press('+')).toEqual({ type: 'zoom', factor: ZOOM_STEP });
    expect(press('=')).toEqual({ type: 'zoom', factor: ZOOM_STEP });
    expect(press('+', { shiftKey: true })).toEqual({ type: 'zoom', factor: ZOOM_STEP });
    expect(press('-')).toEqual({ type: 'zoom', factor: 1 / ZOOM_STEP });
    expect(press('_', { shiftKey: true })).toEqual({ type: 'zoom', factor: 1 / ZOOM_STEP });
  });

  it('zoom in and out are exact inverses', () => {
    const zoomIn = press('+');
    const zoomOut = press('-');
    expect(zoomIn?.type === 'zoom' && zoomOut?.type === 'zoom' ? zoomIn.factor * zoomOut.factor : NaN).toBeCloseTo(1, 12);
  });

  it.each(['ctrlKey', 'metaKey', 'altKey'] as const)('leaves every key to the browser when %s is held', (modifier) => {
    for (const key of ['ArrowLeft', 'ArrowRight', '[', ']', 'Home', 'End', '+', '=', '-', '_', 'Enter', ' ', 'Escape']) {
      expect(press(key, { [modifier]: true }), key).toBeNull();
    }
  });

  it.each(['a', 'Tab', 'ArrowUp', 'ArrowDown', 'PageUp', 'F5', 'Shift', '0', 'arrowleft', 'escape', ''])(
    'ignores the key %j',
    (key) => {
      expect(press(key)).toBeNull();
    },
  );
});

describe('timelineKeyAction, right to left', () => {
  const rtl = (key: string, shiftKey = false) => timelineKeyAction({ key, shiftKey, altKey: false, ctrlKey: false, metaKey: false }, true);
  it('← goes to the event on the left, the later one; Shift+← shows later times', () => {
    expect(rtl('ArrowLeft')).toEqual({ type: 'step', by: 1 });
    expect(rtl('ArrowRight')).toEqual({ type: 'step', by: -1 });
    expect(rtl('ArrowLeft', true)).toEqual({ type: 'pan', by: 0.25 });
    expect(rtl('ArrowRight', true)).toEqual({ type: 'pan', by: -0.25 });
  });
});
