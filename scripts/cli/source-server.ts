import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * For the tests of the commands that read a source at an http(s) address (validate, convert):
 * a local server on an ephemeral port with the files given, a web page at /page (what a host
 * sends instead of data: a sign-in or error page), and 404 for anything else.
 */
export interface SourceServer {
  /** "http://127.0.0.1:<port>/" */
  readonly base: string;
  close(): Promise<void>;
}

/** `files`: name → [content type, body]. */
export async function serveSources(files: Readonly<Record<string, readonly [string, string | Uint8Array]>>): Promise<SourceServer> {
  const server = createServer((request, response) => {
    const name = (request.url ?? '').replace(/^\/+/, '');
    const file = Object.hasOwn(files, name) ? files[name] : undefined;
    if (file) {
      response.setHeader('content-type', file[0]);
      response.end(file[1]);
    } else if (name === 'page') {
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><title>Not data</title>');
    } else {
      response.statusCode = 404;
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
