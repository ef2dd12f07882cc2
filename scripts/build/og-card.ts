import { deflateSync } from 'node:zlib';
import type { Language } from '../../src/i18n/languages.ts';

/**
 * The site-wide social card (1200×630 PNG, no text): the dataset drawn as a timeline, one lane
 * per category and a dot per event. A minimal PNG encoder (8-bit RGB, one IDAT, filter 0) keeps
 * the build free of native image dependencies.
 */
export const OG_CARD_FILE = 'og-card.png';

/** The card of a language's pages: Arabic's has time running right to left, as its timeline (static-pages.ts). */
export function ogCardFile(language: Language): string {
  return language === 'en' ? OG_CARD_FILE : `og-card-${language}.png`;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardMark {
  /** 0-based lane (category index). */
  readonly lane: number;
  /** Position along the time axis, 0–1. */
  readonly x: number;
  /** "#rrggbb". */
  readonly color: string;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Encodes width×height RGB pixels (3 bytes each, row by row) as a PNG file. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height); // each row: filter byte 0, then pixels
  for (let y = 0; y < height; y += 1) raw.set(rgb.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const hex = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) || 0);

/** The card: a dark band on top, lanes across a light field, dots for the marks, an axis below. */
export function renderOgCard(marks: readonly CardMark[], laneCount: number): Buffer {
  const [w, h] = [CARD_WIDTH, CARD_HEIGHT];
  const rgb = new Uint8Array(w * h * 3);
  const rect = (x0: number, y0: number, x1: number, y1: number, color: string) => {
    const c = hex(color);
    for (let y = Math.max(0, y0); y < Math.min(h, y1); y += 1)
      for (let x = Math.max(0, x0); x < Math.min(w, x1); x += 1) rgb.set(c, (y * w + x) * 3);
  };
  const dot = (cx: number, cy: number, r: number, color: string) => {
    const c = hex(color);
    for (let y = Math.max(0, cy - r); y <= Math.min(h - 1, cy + r); y += 1)
      for (let x = Math.max(0, cx - r); x <= Math.min(w - 1, cx + r); x += 1)
        if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) rgb.set(c, (y * w + x) * 3);
  };
  rect(0, 0, w, h, '#f6f4ef');
  rect(0, 0, w, 96, '#1f2937');
  const lanes = Math.max(1, laneCount);
  const laneY = (lane: number) => Math.round(150 + ((lane + 0.5) * 380) / lanes);
  for (let lane = 0; lane < lanes; lane += 1) rect(80, laneY(lane) - 1, w - 80, laneY(lane) + 1, '#d9d4c9');
  rect(80, 560, w - 80, 563, '#6b7280');
  for (let tick = 0; tick <= 10; tick += 1) rect(80 + tick * 104 - 1, 563, 80 + tick * 104 + 2, 575, '#6b7280');
  for (const mark of marks) dot(Math.round(100 + Math.min(1, Math.max(0, mark.x)) * (w - 200)), laneY(mark.lane), 11, mark.color);
  return encodePng(w, h, rgb);
}
