/** Every Parquet file starts (and ends) with "PAR1": how a file is known as Parquet whatever its name or type. */
export function isParquet(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && bytes.byteLength >= 8 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;
}

/** A dataset address that names a Parquet file (before any query or fragment). */
export function isParquetUrl(url: string): boolean {
  return /\.parquet(?:$|[?#])/i.test(url);
}

/** The "format" of an index of Parquet files (parquet-index.ts). */
export const PARQUET_INDEX_FORMAT = 'conflict-timeline/parquet-index';

/** An address that names an index of Parquet files (before any query or fragment): opened by the Parquet reader, never read whole. */
export function isParquetIndexUrl(url: string): boolean {
  return /\.parquet-index\.json$/i.test(url.replace(/[?#][^]*$/, ''));
}

/** A parsed JSON value that says it is an index of Parquet files, whatever its address. */
export function isParquetIndexJson(json: unknown): boolean {
  return json !== null && typeof json === 'object' && (json as { format?: unknown }).format === PARQUET_INDEX_FORMAT;
}
