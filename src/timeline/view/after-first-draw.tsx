import type { ReactNode } from 'react';
import { useAfterFirstDraw, type FirstDrawFlag } from '../../boot/first-draw-flag.ts';

/**
 * Its children once the timeline has drawn its first frame, in a render after it: for what
 * sits below the fold and need not weigh on that frame.
 */
export function AfterFirstDraw({ flag, children }: { flag: FirstDrawFlag; children: ReactNode }) {
  return useAfterFirstDraw(flag, true, false) ? children : null;
}
