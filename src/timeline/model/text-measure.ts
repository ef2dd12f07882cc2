/**
 * Widths of label texts in pixels, for placing labels before they are drawn. In a browser the
 * canvas measures with the font the labels use (timeline-marks.css sets the same); without one
 * (tests, a worker) an average character width stands in. Widths are kept, so a label is
 * measured once however many frames it is drawn in.
 */
export const LABEL_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Average advance of a character of the system sans-serif, as a share of the font size. */
const AVERAGE_CHARACTER = 0.56;
/** Enough for every label of a large view; the oldest are dropped past it. */
const CACHE_LIMIT = 20_000;

export type TextMeasure = (text: string) => number;

export function estimateTextWidth(fontSize: number): TextMeasure {
  return (text) => [...text].length * fontSize * AVERAGE_CHARACTER;
}

/** Measured at the key labels' weight, the widest used, so a plain label has room to spare. */
export function createTextMeasure(fontSize: number, fontWeight = 600): TextMeasure {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth(fontSize);
  context.font = `${fontWeight} ${fontSize}px ${LABEL_FONT_FAMILY}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (widths.size >= CACHE_LIMIT) widths.delete(widths.keys().next().value!);
      widths.set(text, (width = context.measureText(text).width));
    }
    return width;
  };
}
