import type { Page } from '@playwright/test';
import { within } from './deadline.ts';

/**
 * Input sent on a clock, the way a physical wheel or mouse sends it: one event every 16 ms
 * whether or not the page has handled the last one (`--wheel=unacked`). Awaiting each event
 * (`acked`, the older sequence) lets a slow page set the pace and hides its jank: the input
 * waits for the page instead of piling up behind it.
 */
export type WheelMode = 'acked' | 'unacked' | 'both';

export const WHEEL_MODES: readonly WheelMode[] = ['acked', 'unacked', 'both'];

export function wheelMode(value: string | undefined): WheelMode {
  const mode = (value ?? 'both') as WheelMode;
  if (!WHEEL_MODES.includes(mode)) throw new Error(`--wheel must be one of ${WHEEL_MODES.join(', ')}`);
  return mode;
}

const NOTCHES = 30;
const DRAG_MOVES = 25;
const EVERY_MS = 16;
/** Between phases, unrecorded: the view settles (120 ms after a gesture) before the next one. */
const PAUSE_MS = 400;

/** Where the gestures act: 60% across the target, near its top (where ours has marks). */
export async function gesturePoint(page: Page, target: string, deadline: number) {
  const box = await within(page.locator(target).first().boundingBox(), deadline, 'find plot');
  if (!box) throw new Error(`no ${target} on the page`);
  return { x: box.x + box.width * 0.6, y: box.y + Math.min(box.height / 2, 120) };
}

/** requestAnimationFrame intervals in the page between start() and stop(). */
export class FrameRecorder {
  constructor(
    private readonly page: Page,
    private readonly deadline: number,
  ) {}

  start() {
    return within(
      this.page.evaluate(() => {
        const state = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
        state.__benchFrames = [];
        state.__benchRecording = true;
        const loop = (time: number) => {
          state.__benchFrames.push(time);
          if (state.__benchRecording) requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      }),
      this.deadline,
      'frame recorder',
    );
  }

  /** The intervals between recorded frames, in the order they came. */
  async stop(): Promise<number[]> {
    const times = await within(
      this.page.evaluate(() => {
        const state = window as unknown as { __benchFrames: number[]; __benchRecording: boolean };
        state.__benchRecording = false;
        return state.__benchFrames;
      }),
      this.deadline,
      'frames',
    );
    return times.slice(1).map((time, index) => time - times[index]!);
  }
}

/** Sends `count` inputs, one every 16 ms without awaiting any, then waits for them all. */
async function onClock(count: number, send: (index: number) => Promise<void>, deadline: number) {
  const sent: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    sent.push(send(i));
    await new Promise((done) => setTimeout(done, EVERY_MS));
  }
  await within(Promise.all(sent), deadline, 'gesture');
}

/** 30 notches in, a 300 px drag, 30 notches out, each on the clock; frames of each phase apart. */
export async function unackedSequence(page: Page, target: string, frames: FrameRecorder, deadline: number) {
  const { x, y } = await gesturePoint(page, target, deadline);
  await within(page.mouse.move(x, y), deadline, 'gesture');
  const phase = async (run: () => Promise<void>) => {
    await frames.start();
    await run();
    await page.waitForTimeout(100);
    const intervals = await frames.stop();
    await page.waitForTimeout(PAUSE_MS);
    return intervals;
  };
  const zoomIn = await phase(() => onClock(NOTCHES, () => page.mouse.wheel(0, -120), deadline));
  await within(page.mouse.down(), deadline, 'gesture');
  const drag = await phase(() => onClock(DRAG_MOVES, (i) => page.mouse.move(x - (i + 1) * 12, y), deadline));
  await within(page.mouse.up(), deadline, 'gesture');
  const zoomOut = await phase(() => onClock(NOTCHES, () => page.mouse.wheel(0, 120), deadline));
  return { zoom: [...zoomIn, ...zoomOut], drag };
}
