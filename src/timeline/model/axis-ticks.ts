import type { TimeScale } from './time-scale.ts';
import { utcDateFormat } from '../../i18n/time-format.ts';
import { utcDay, utcHour, utcMonth } from 'd3-time';
import { estimateTextWidth } from './text-measure.ts';

/** One tick of the time axis, ready to render: a model, not DOM (like visx's useAxis). */
export interface AxisTick {
  readonly key: number;
  readonly x: number;
  readonly label: string;
  /** A boundary of the next coarser unit (a new month, a new year): drawn stronger. */
  readonly major: boolean;
}

const DAY = 24 * 60 * 60 * 1000;
// In the active language, from Intl (i18n/time-format.ts): "كانون الثاني 2024" in Arabic.
const formatYear = (date: Date) => utcDateFormat('%Y')(date);
const formatMonth = (date: Date) => utcDateFormat('%b')(date);
const formatMonthYear = (date: Date) => utcDateFormat('%b %Y')(date);
const formatDay = (date: Date) => utcDateFormat('%-d')(date);
const formatDayMonth = (date: Date) => utcDateFormat('%-d %b')(date);
const formatHour = (date: Date) => utcDateFormat('%H:%M')(date);

type Unit = 'year' | 'month' | 'day' | 'hour';

function unitOf(step: number): Unit {
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  if (step >= DAY) return 'day';
  return 'hour';
}

/**
 * A tick names the coarser unit when it changes since the previous tick ("5 Nov" after "29"),
 * so weekly ticks that never land on the 1st still say which month they are in. `names` says
 * whether this label does (a year always does).
 */
function labelFor(date: Date, previous: Date | undefined, unit: Unit): { label: string; major: boolean; names: boolean } {
  switch (unit) {
    case 'year':
      return { label: formatYear(date), major: true, names: true };
    case 'month': {
      const newYear = !previous || previous.getUTCFullYear() !== date.getUTCFullYear();
      return { label: newYear ? formatMonthYear(date) : formatMonth(date), major: newYear && !!previous, names: newYear };
    }
    case 'day': {
      if (+utcMonth.floor(date) === +date) return { label: formatMonthYear(date), major: true, names: true };
      const newMonth = !previous || previous.getUTCMonth() !== date.getUTCMonth();
      return { label: newMonth ? formatDayMonth(date) : formatDay(date), major: newMonth && !!previous, names: newMonth };
    }
    case 'hour': {
      const newDay = !previous || +utcDay.floor(previous) !== +utcDay.floor(date);
      return { label: newDay ? formatDayMonth(date) : formatHour(date), major: newDay && !!previous, names: newDay };
    }
  }
}

/** Room left between one tick's label and the next label, in pixels. */
const LABEL_GAP = 2;

/**
 * Ticks that adapt to the zoom: years, months, weeks/days or hours, about one per
 * `spacing` pixels. Labels carry just enough context (the month at a month boundary, the
 * day at midnight) to read the axis without a second row.
 *
 * A label runs from its tick towards later time (rightwards, or leftwards right to left). One
 * that would run into the next label is left blank (its gridline stays): a month's name is
 * longer in some languages ("5 تشرين الثاني" against "5 Nov") and would run into the next
 * day's number. A day's number gives way to a label that names the month; each label is made
 * against the last one shown, so the first after a blanked month change still names the
 * month. `fontSize` is the labels' size in pixels (their widths are estimated from it).
 */
export function computeAxisTicks(scale: TimeScale, spacing = 84, fontSize = 11): AxisTick[] {
  const [left, right] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(right - left) / spacing));
  const dates = scale.ticks(count);
  if (dates.length === 0) return [];
  const step = dates.length > 1 ? +dates[1]! - +dates[0]! : DAY;
  const unit = unitOf(step);
  const widthOf = estimateTextWidth(fontSize);
  const xs = dates.map((date) => scale(date));
  // Against the tick before: whether a label names the coarser unit (the first, and each change
  // of it), and whether the tick is a boundary (its gridline drawn stronger, shown label or not).
  const against = dates.map((date, index) => labelFor(date, dates[index - 1], unit));
  const naming = against.map((tick) => tick.names);
  let shown: { readonly date: Date; readonly end: number } | undefined;
  return dates.map((date, index) => {
    const x = xs[index]!;
    const { major } = against[index]!;
    const { label, names } = labelFor(date, shown?.date, unit);
    // How far the label reaches from its tick, and how far it may: to the next naming label.
    const reach = widthOf(label) + LABEL_GAP;
    const nextNaming = naming.indexOf(true, index + 1);
    const crowded = (shown && Math.abs(x - xs[0]!) < shown.end) || (!names && nextNaming > 0 && Math.abs(xs[nextNaming]! - x) < reach);
    if (crowded) return { key: +date, x, label: '', major };
    shown = { date, end: Math.abs(x - xs[0]!) + reach };
    return { key: +date, x, label, major };
  });
}

/** Faint gridlines one finer unit than the ticks' own boundaries, e.g. each day when zoomed to weeks. */
export function computeDayGrid(scale: TimeScale, maxLines = 200): number[] {
  const [from, to] = scale.domain() as [Date, Date];
  const step = +to - +from <= 3 * DAY ? DAY / 4 : DAY;
  // UTC has no DST, so the count is known without listing the lines: a zoomed-out view (five
  // years is 1,800 days) would make and drop thousands of dates each frame.
  if ((+to - +from) / step > maxLines + 1) return [];
  const interval = step < DAY ? utcHour.every(6)! : utcDay;
  const lines = interval.range(from, to);
  return lines.length > maxLines ? [] : lines.map((date) => scale(date));
}
