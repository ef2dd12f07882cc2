/** Every Parquet file starts (and ends) with "PAR1": how a file is known as Parquet whatever its name or type. */
export function isParquet(bytes: Uint8Array | undefined): boolean {
  return bytes !== undefined && bytes.byteLength >= 8 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31;
}

/** A dataset address that names a Parquet file (before any query or fragment). */
export function isParquetUrl(url: string): boolean {
  return /\.parquet(?:$|[?#])/i.test(url);
}
