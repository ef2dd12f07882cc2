import { useEffect, useRef } from 'react';

/** A file ready to hand to the browser: a Blob URL (from URL.createObjectURL) and its name. */
export interface FileDownload {
  readonly href: string;
  readonly name: string;
}

/**
 * Hands a file over through an <a download>, clicked once it is on the page; the Blob URL is
 * revoked once the browser has taken the file (or when another download replaces it). Render
 * it with the latest download; a new object starts a new download.
 */
export function FileDownloadAnchor({ download }: { readonly download: FileDownload | undefined }) {
  const anchor = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!download) return;
    anchor.current?.click();
    // Some browsers read the URL after click() returns: keep it a little while.
    const timer = setTimeout(() => URL.revokeObjectURL(download.href), 30_000);
    return () => {
      clearTimeout(timer);
      URL.revokeObjectURL(download.href);
    };
  }, [download]);
  if (!download) return null;
  return (
    <a ref={anchor} href={download.href} download={download.name} hidden>
      {download.name}
    </a>
  );
}
