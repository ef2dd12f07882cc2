import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * A plain static file server that behaves like GitHub Pages, with no rewrites: a path maps to a
 * file; a directory redirects to its "/" form and serves its index.html; anything else is a 404
 * with the body of <root>/404.html. Only paths under `basePath` exist at all.
 */
export interface StaticServer {
  /** The served root, e.g. http://localhost:4180/sub/path/ */
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startStaticServer(root: string, port: number, basePath = '/'): Promise<StaticServer> {
  const rootDir = resolve(root);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const server = createServer((request, response) => {
    const send = (status: number, file: string | null, type = TYPES[extname(file ?? '.txt')]) => {
      response.writeHead(status, { 'Content-Type': type ?? 'application/octet-stream' });
      if (request.method === 'HEAD') response.end();
      else if (file) createReadStream(file).pipe(response);
      else response.end('Not found');
    };
    const notFound = () => {
      const page = join(rootDir, '404.html');
      send(404, existsSync(page) ? page : null);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === base) {
      response.writeHead(301, { Location: `${base}${url.search}` }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      // Outside the site: not even its 404 page (another site's, on a shared host).
      send(404, null);
      return;
    }
    let file: string;
    try {
      file = normalize(join(rootDir, decodeURIComponent(url.pathname.slice(base.length))));
    } catch {
      notFound();
      return;
    }
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      notFound();
      return;
    }
    const stat = existsSync(file) ? statSync(file) : undefined;
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (existsSync(file) && statSync(file).isFile()) send(200, file);
    else notFound();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve());
  });
  return {
    url: `http://localhost:${port}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
