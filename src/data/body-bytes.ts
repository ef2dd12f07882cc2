import { isParquet } from './parquet-magic.ts';

/**
 * Bytes of a downloaded body: joining the pieces a stream delivered, and telling a workbook
 * (.xlsx, a zip archive) from text, by its first bytes rather than its name or content type
 * (Google's export and many servers send .xlsx as application/octet-stream, or worse).
 */

/** Every zip archive, and so every .xlsx, starts with "PK\x03\x04". */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

export function isZip(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && bytes.byteLength >= 4 && ZIP_MAGIC.every((byte, at) => bytes[at] === byte);
}

/** Bytes the app reads as bytes, not text: a workbook, or a Parquet file ("PAR1"). */
export function isBinaryDataset(bytes: Uint8Array | undefined): boolean {
  return isZip(bytes) || isParquet(bytes);
}

export function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}
