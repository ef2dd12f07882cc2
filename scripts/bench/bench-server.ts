import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * The benchmark's web server: a tiny static server on localhost, nothing else in the way.
 * Each mount maps a URL prefix to a folder; the app's own paths fall back to its index.html,
 * as a single-page app host does (so /events/<id> works).
 */
export interface BenchServer {
  readonly origin: string;
  /** Body bytes sent so far (what a page downloaded), and zero it again. */
  readonly bytesSent: () => number;
  readonly resetBytes: () => void;
  close(): Promise<void>;
}

/**
 * How it listens: `port` (default any free one) and `gzip`, text compressed for a client that
 * accepts it and asks for no range, as a real static host does (the Lighthouse audit; the
 * first-draw runs keep it off).
 */
export interface ServeOptions {
  readonly port?: number;
  readonly gzip?: boolean;
}

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` within a file of `size` bytes (one range; undefined for none or unsatisfiable). */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [start, end] =
    match[1] === '' ? [Math.max(0, size - Number(match[2])), size - 1] : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

function fileAt(root: string, path: string): string | undefined {
  const file = normalize(join(root, decodeURIComponent(path)));
  // Never outside the mounted folder, whatever the path says.
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory()) return fileAt(root, join(path, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * `mounts`: URL prefix ("/bench-data/") → folder; `app`: the folder served at "/" with SPA
 * fallback. Files answer Range requests (206 with Content-Range, as object stores and CDNs do),
 * unless `ranges` is false (a host that ignores them and sends the whole file).
 */
export function startBenchServer(app: string, mounts: Record<string, string>, ranges = true, { port = 0, gzip = false }: ServeOptions = {}): Promise<BenchServer> {
  let sent = 0;
  const appRoot = resolve(app);
  const roots = Object.entries(mounts).map(([prefix, folder]) => [prefix, resolve(folder)] as const);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const mount = roots.find(([prefix]) => pathname.startsWith(prefix));
    let file = mount ? fileAt(mount[1], pathname.slice(mount[0].length)) : fileAt(appRoot, pathname);
    if (!file && !mount && !extname(pathname)) file = fileAt(appRoot, '/index.html');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && !request.headers.range && /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    const size = statSync(file).size;
    const range = ranges ? byteRange(request.headers.range, size) : undefined;
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', ...(ranges && { 'Accept-Ranges': 'bytes' }) };
    if (range === 'unsatisfiable') {
      response.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    const { start, end } = range ?? { start: 0, end: size - 1 };
    response.writeHead(range ? 206 : 200, { ...headers, 'Content-Length': end - start + 1, ...(range && { 'Content-Range': `bytes ${start}-${end}/${size}` }) });
    if (request.method === 'HEAD' || size === 0) {
      response.end();
      return;
    }
    const stream = createReadStream(file, { start, end });
    stream.on('data', (chunk) => (sent += chunk.length));
    stream.pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        origin: `http://127.0.0.1:${port}`,
        bytesSent: () => sent,
        resetBytes: () => void (sent = 0),
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}
