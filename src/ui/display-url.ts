/** The address as the reader should see it: absolute, so "relative to the app" is spelled out. */
export function displayUrl(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}
