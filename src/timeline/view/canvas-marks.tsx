import { useEffect, useLayoutEffect, useRef, type PointerEventHandler, type MouseEventHandler } from 'react';
import type { ColorScheme } from '../../ui/category-color.ts';
import { drawTimeline, type CanvasTheme, type DrawOptions } from './canvas-draw.ts';
import type { TimelineLayout } from '../model/lane-layout.ts';
import { useDevicePixelRatio } from './use-device-pixel-ratio.ts';
import { isRightToLeft } from '../../i18n/translate.ts';

/** What drawTimeline needs, but the pixel ratio and theme colours, which the canvas reads itself. */
interface CanvasMarksProps extends Omit<DrawOptions, 'pixelRatio' | 'theme'> {
  readonly layout: TimelineLayout;
  readonly scheme: ColorScheme;
  readonly pointer: boolean;
  /** After each frame is painted (the view reports the first one as "drawn"). */
  readonly onDrawn: () => void;
  readonly onPointerMove: PointerEventHandler<HTMLCanvasElement>;
  readonly onPointerLeave: PointerEventHandler<HTMLCanvasElement>;
  readonly onClick: MouseEventHandler<HTMLCanvasElement>;
}

/**
 * The theme colours the canvas paints with, resolved by the browser: the canvas carries them in
 * colour properties that draw nothing (outline and caret), since custom properties written as
 * light-dark() are not resolved by getComputedStyle.
 */
const PROBE = { color: 'var(--text)', outlineColor: 'var(--surface)', caretColor: 'var(--text-muted)' } as const;

function readTheme(canvas: HTMLCanvasElement): CanvasTheme {
  const style = getComputedStyle(canvas);
  return { text: style.color, surface: style.outlineColor, textMuted: style.caretColor };
}

/**
 * The event marks as one <canvas>, for views with too many marks for SVG. React sizes the
 * element; each change of the model schedules one paint in the next animation frame (several
 * changes within a frame paint once), at the screen's pixel ratio.
 */
export function CanvasMarks(props: CanvasMarksProps) {
  const { layout, width, height, radius, labelFont, scheme, shapeIndex, skip, hoveredId, selectedId, onDrawn } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const theme = useRef<{ scheme: ColorScheme; colors: CanvasTheme } | null>(null);
  const pixelRatio = useDevicePixelRatio();
  const drawnRef = useRef(onDrawn);
  drawnRef.current = onDrawn;

  const paint = () => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    if (theme.current?.scheme !== scheme) theme.current = { scheme, colors: readTheme(canvas) };
    drawTimeline(context, layout, {
      width,
      height,
      pixelRatio,
      radius,
      labelFont,
      rtl: isRightToLeft(),
      theme: theme.current.colors,
      shapeIndex,
      skip,
      hoveredId,
      selectedId,
    });
    drawnRef.current();
  };
  const paintRef = useRef(paint);
  paintRef.current = paint;
  // The first picture is painted in the commit that adds the canvas, so the frame that shows
  // the page shows the events too (a frame later, the page would first show an empty plot);
  // later changes paint in the next animation frame, several changes in a frame once.
  const paintedInCommit = useRef(false);
  useLayoutEffect(() => {
    paintRef.current();
    paintedInCommit.current = true;
  }, []);
  useEffect(() => {
    if (paintedInCommit.current) {
      paintedInCommit.current = false; // that commit's picture is already there
      return;
    }
    const frame = requestAnimationFrame(() => paintRef.current());
    return () => cancelAnimationFrame(frame);
  }, [layout, width, height, pixelRatio, radius, labelFont, scheme, shapeIndex, skip, hoveredId, selectedId]);

  return (
    <canvas
      ref={canvasRef}
      className="timeline-canvas"
      aria-hidden="true"
      width={Math.round(width * pixelRatio)}
      height={Math.round(height * pixelRatio)}
      style={{ position: 'absolute', left: 0, top: 0, width, height, cursor: props.pointer ? 'pointer' : undefined, ...PROBE }}
      onPointerMove={props.onPointerMove}
      onPointerLeave={props.onPointerLeave}
      onClick={props.onClick}
    />
  );
}
