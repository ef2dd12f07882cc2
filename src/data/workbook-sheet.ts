/**
 * Which sheet of a workbook to read: the one named in the address's fragment,
 * `…/events.xlsx#sheet=Events` (in a link: `?data=…/events.xlsx%23sheet%3DEvents`), else the
 * first. A fragment is never sent to the server, so the address still fetches the file.
 */
export function sheetInUrl(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash === -1) return undefined;
  const name = new URLSearchParams(url.slice(hash + 1)).get('sheet')?.trim();
  return name || undefined;
}
