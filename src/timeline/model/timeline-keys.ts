/**
 * The timeline's keyboard map, as data: ←/→ (or [ and ]) previous/next event, Home/End
 * first/last, +/- zoom, Shift+←/→ pan, Enter/Space select, Esc clear the selection.
 */
export type TimelineKeyAction =
  | { readonly type: 'step'; readonly by: -1 | 1 }
  | { readonly type: 'edge'; readonly edge: 'first' | 'last' }
  | { readonly type: 'zoom'; readonly factor: number }
  | { readonly type: 'pan'; readonly by: number }
  | { readonly type: 'select' }
  | { readonly type: 'clear' };

interface KeyLike {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export const ZOOM_STEP = 1.6;

/**
 * `rtl`: time runs right to left (mirror-layout.ts), and the arrows follow what the reader sees:
 * ← goes to the event on the left, which is the later one, and Shift+← shows later times.
 */
export function timelineKeyAction(event: KeyLike, rtl = false): TimelineKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const towardsLater = rtl ? 'ArrowLeft' : 'ArrowRight';
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight': {
      const by = event.key === towardsLater ? 1 : -1;
      return event.shiftKey ? { type: 'pan', by: by * 0.25 } : { type: 'step', by };
    }
    case '[':
      return { type: 'step', by: -1 };
    case ']':
      return { type: 'step', by: 1 };
    case 'Home':
      return { type: 'edge', edge: 'first' };
    case 'End':
      return { type: 'edge', edge: 'last' };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case 'Enter':
    case ' ':
      return { type: 'select' };
    case 'Escape':
      return { type: 'clear' };
    default:
      return null;
  }
}
