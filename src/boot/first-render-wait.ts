import { settledOrAfter } from './settled-or-after.ts';

/**
 * index.html already shows the loading screen, so React's first render waits a moment for the
 * dataset: a small one (1,000 events) is checked by the time the app's code has run, and
 * rendering the loading screen again first would only delay the timeline (by ~50 ms on our
 * benchmark machine, 7af965f; the page also reads the worker's reply only once that render is
 * done). A big one takes longer than the wait, and React renders the loading screen meanwhile,
 * which also warms its code for the timeline's render.
 */
export const FIRST_RENDER_WAIT_MS = 100;

/** Settles when `load` settles or FIRST_RENDER_WAIT_MS have passed, whichever comes first. */
export function firstRenderWait(load: Promise<unknown>): Promise<void> {
  return settledOrAfter(load, FIRST_RENDER_WAIT_MS);
}
