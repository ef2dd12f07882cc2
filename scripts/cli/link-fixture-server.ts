import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * For the check-links tests: a local server with one route per kind of link a publisher meets,
 * on an ephemeral port, so the tests never reach the internet. It records each request (method,
 * path, User-Agent) so tests can see that a URL is asked once and how.
 */
export interface FixtureServer {
  /** "http://127.0.0.1:<port>" */
  readonly origin: string;
  /** A local address nothing listens on (a port that was free a moment ago). */
  readonly refused: string;
  readonly requests: { method: string; path: string; userAgent: string }[];
  close(): Promise<void>;
}

type Route = (request: IncomingMessage, response: ServerResponse) => void;

const answer = (status: number, location?: string): Route => (_request, response) => {
  response.writeHead(status, location ? { location } : {});
  response.end(status < 300 ? 'fixture page' : '');
};

const ROUTES: Record<string, Route> = {
  '/ok': answer(200),
  '/moved': answer(301, '/ok'),
  '/chain': answer(302, '/chain-2'),
  '/chain-2': answer(307, '/ok'),
  '/moved-away': answer(301, '/gone'),
  '/gone': answer(404),
  '/broken': answer(500),
  '/loop': answer(302, '/loop'),
  '/no-head': (request, response) => answer(request.method === 'HEAD' ? 405 : 200)(request, response),
  // Never answers: for the timeout.
  '/slow': () => undefined,
};

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ method: request.method ?? '', path, userAgent: request.headers['user-agent'] ?? '' });
    (ROUTES[path] ?? answer(404))(request, response);
  });
  const port = await listen(server);
  const spare = createServer();
  const refusedPort = await listen(spare);
  await new Promise((resolve) => spare.close(resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    refused: `http://127.0.0.1:${refusedPort}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // the /slow requests still hang
        server.close(() => resolve());
      }),
  };
}
