/**
 * Coalesces values pushed between two animation frames into the last one, delivered once at
 * the next frame. A physical wheel sends a notch every ~16 ms whatever the page is doing; when a
 * render takes longer than that, notches pile up, and handing each to the store rendered the
 * timeline once per notch, so one slow frame became several. Measured with `npm run bench:ab --
 * --frames --profile=dense` (see the commit that added this file for the figures).
 */
export interface FrameBatch<T> {
  /** Keeps `value` for the next frame, replacing any value already waiting. */
  readonly push: (value: T) => void;
  /** The value waiting for the next frame, if any (the next step builds on it). */
  readonly pending: () => T | undefined;
  /** Drops the waiting value (the element is going away). */
  readonly cancel: () => void;
}

export function frameBatch<T>(
  deliver: (value: T) => void,
  schedule: (run: () => void) => number = requestAnimationFrame,
  unschedule: (id: number) => void = cancelAnimationFrame,
): FrameBatch<T> {
  let waiting: { value: T } | undefined;
  let frame: number | undefined;
  const flush = () => {
    frame = undefined;
    const next = waiting;
    waiting = undefined;
    if (next) deliver(next.value);
  };
  return {
    push(value) {
      waiting = { value };
      frame ??= schedule(flush);
    },
    pending: () => waiting?.value,
    cancel() {
      if (frame !== undefined) unschedule(frame);
      frame = waiting = undefined;
    },
  };
}
