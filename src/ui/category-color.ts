/**
 * Category colours come from the data and are chosen for a light page (Okabe–Ito). Drawn
 * unchanged on a dark surface, the darker ones (#0072B2, #555555) sink into the background,
 * and on a light surface the brighter ones (#E69F00, #56B4E9) fade out. This module moves
 * each colour along its own lightness axis (hue and saturation kept, so the category still
 * reads as "the blue one") until it clears the contrast target on every background a mark
 * is drawn on.
 */
export type ColorScheme = 'light' | 'dark';

// These mirror theme.css: --surface, --surface-2, --bg, --lane-odd, --lane-even. Marks sit on
// lane bands, swatches on panels; the colour must clear the target on the worst of them.
const BACKGROUNDS: Record<ColorScheme, readonly string[]> = {
  light: ['#FFFFFF', '#EEEDE9', '#F5F5F2', '#F6F5F1'],
  dark: ['#191C20', '#23272C', '#111315', '#1E2125'],
};

// 3:1 is the WCAG floor for graphics. Dark mode aims higher: mid-tone colours that only just
// pass look murky on near-black, and the hollow (approximate) marks are thin 2px strokes.
const TARGETS: Record<ColorScheme, number> = { light: 3.1, dark: 4.5 };

const FALLBACK: Record<ColorScheme, string> = { light: '#595D63', dark: '#A4A6A8' };

type Rgb = readonly [number, number, number];

function parseHex(color: string): Rgb | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two #rgb/#rrggbb colours (1–21); 1 when either does not parse. */
export function contrastRatio(a: string, b: string): number {
  const ra = parseHex(a);
  const rb = parseHex(b);
  if (!ra || !rb) return 1;
  const [hi, lo] = [relativeLuminance(ra), relativeLuminance(rb)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function toHsl([r, g, b]: Rgb): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === rn ? ((gn - bn) / d) % 6 : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [(h * 60 + 360) % 360, s, l];
}

function fromHsl(h: number, s: number, l: number): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [(r + m) * 255, (g + m) * 255, (b + m) * 255];
}

function worstContrast(rgb: Rgb, scheme: ColorScheme): number {
  const hex = toHex(rgb);
  return Math.min(...BACKGROUNDS[scheme].map((background) => contrastRatio(hex, background)));
}

function adjust(color: string, scheme: ColorScheme): string {
  const rgb = parseHex(color);
  if (!rgb) return FALLBACK[scheme];
  const target = TARGETS[scheme];
  if (worstContrast(rgb, scheme) >= target) return toHex(rgb);
  const [h, saturation, l] = toHsl(rgb);
  // Fully saturated colours glare on near-black (dark-theme guidance is to tone them down), so
  // a colour that needs lifting is also desaturated a little; hue stays.
  const s = scheme === 'dark' ? saturation * 0.8 : saturation;
  // Luminance rises monotonically with HSL lightness, so a bisection finds the smallest
  // change that passes: lighter on dark backgrounds, darker on light ones.
  let passing = scheme === 'dark' ? 1 : 0;
  let failing = l;
  for (let step = 0; step < 20; step += 1) {
    const middle = (passing + failing) / 2;
    if (worstContrast(fromHsl(h, s, middle), scheme) >= target) passing = middle;
    else failing = middle;
  }
  // Rounding to whole channel values can cost a hair of contrast; step on until it holds.
  const direction = scheme === 'dark' ? 1 : -1;
  let lightness = passing;
  while (worstContrast(parseHex(toHex(fromHsl(h, s, lightness)))!, scheme) < target) {
    lightness = Math.min(1, Math.max(0, lightness + direction * 0.002));
  }
  return toHex(fromHsl(h, s, lightness));
}

const cache = new Map<string, string>();

/**
 * The colour to draw a category in: the data's colour when it already clears the contrast
 * target on this scheme's backgrounds, else the same hue made lighter (dark) or darker
 * (light) just enough. Cached, since every mark asks on every render.
 */
export function categoryColorFor(color: string, scheme: ColorScheme): string {
  const key = `${scheme}${color}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = adjust(color, scheme);
    cache.set(key, result);
  }
  return result;
}
