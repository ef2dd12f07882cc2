import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, renderOgCard } from './og-card.ts';

describe('og-card PNG', () => {
  function chunks(png: Buffer) {
    const list: { type: string; data: Buffer; crcOk: boolean }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const body = png.subarray(at + 4, at + 8 + length);
      list.push({ type: body.subarray(0, 4).toString('latin1'), data: body.subarray(4), crcOk: crc32(body) === png.readUInt32BE(at + 8 + length) });
      at += length + 12;
    }
    return list;
  }

  it('crc32 matches the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('encodes pixels that decode back', () => {
    const rgb = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]); // 2×2
    const png = encodePng(2, 2, rgb);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const list = chunks(png);
    expect(list.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(list.every((chunk) => chunk.crcOk)).toBe(true);
    expect([...inflateSync(list[1]!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30]);
  });

  it('draws a 1200×630 card with the marks in their colours', () => {
    const png = renderOgCard([{ lane: 0, x: 0.5, color: '#0072b2' }], 1);
    const [header, data] = chunks(png);
    expect(header!.data.readUInt32BE(0)).toBe(1200);
    expect(header!.data.readUInt32BE(4)).toBe(630);
    const raw = inflateSync(data!.data);
    expect(raw.length).toBe(630 * (1200 * 3 + 1));
    const pixel = (x: number, y: number) => [...raw.subarray(y * 3601 + 1 + x * 3, y * 3601 + 4 + x * 3)];
    expect(pixel(600, 340)).toEqual([0x00, 0x72, 0xb2]); // the dot, mid-lane, mid-axis
    expect(pixel(10, 300)).toEqual([0xf6, 0xf4, 0xef]); // the background
    expect(png.length).toBeLessThan(100_000);
  });
});
