import { t } from '../i18n/translate.ts';
/**
 * A PNG of an SVG document, made in the browser: the SVG is loaded into an <img>, drawn on a
 * canvas at `scale` × (sharp text on high-density screens and in documents) and encoded with
 * canvas.toBlob. Nothing leaves the page.
 *
 * The image is a data: URL, not a Blob URL: the site's Content-Security-Policy allows images
 * from 'self', data: and https: only, and blob: images would be blocked. The SVG must be
 * self-contained (no external images or fonts, no foreignObject) or the canvas is tainted and
 * refuses to export. The canvas is a detached element: React owns what is on the page.
 */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function loadImage(src: string, width: number, height: number): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image(width, height);
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(t('export.svgDraw')));
    image.src = src;
  });
}

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = await loadImage(svgDataUrl(svg), width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error(t('export.noCanvas'));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t('export.pngMake')))), 'image/png');
  });
}
