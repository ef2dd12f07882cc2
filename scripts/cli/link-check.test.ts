import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, type CheckOptions } from './link-check.ts';
import { startFixtureServer, type FixtureServer } from './link-fixture-server.ts';

// One link at a time against the local fixture server (never the internet).

const OPTIONS: CheckOptions = { timeoutMs: 300, userAgent: 'check-links test' };
let server: FixtureServer;
const at = (path: string) => `${server.origin}${path}`;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

describe('checkLink', () => {
  it('passes a 200 with HEAD alone, sending the User-Agent', async () => {
    const verdict = await checkLink(at('/ok'), OPTIONS);
    expect(verdict).toEqual({ url: at('/ok'), ok: true, status: 200, method: 'HEAD', finalUrl: at('/ok'), redirects: [] });
    expect(server.requests.filter((request) => request.path === '/ok')).toEqual([{ method: 'HEAD', path: '/ok', userAgent: 'check-links test' }]);
  });

  it('follows a 301 and reports the hop', async () => {
    const verdict = await checkLink(at('/moved'), OPTIONS);
    expect(verdict).toMatchObject({ ok: true, status: 200, finalUrl: at('/ok'), redirects: [{ from: at('/moved'), to: at('/ok'), status: 301 }] });
  });

  it('follows a chain of redirects, each hop reported', async () => {
    const verdict = await checkLink(at('/chain'), OPTIONS);
    expect(verdict.ok).toBe(true);
    expect(verdict.redirects).toEqual([
      { from: at('/chain'), to: at('/chain-2'), status: 302 },
      { from: at('/chain-2'), to: at('/ok'), status: 307 },
    ]);
  });

  it('tries GET where HEAD is refused, and GET decides', async () => {
    const verdict = await checkLink(at('/no-head'), OPTIONS);
    expect(verdict).toMatchObject({ ok: true, status: 200, method: 'GET' });
    expect(server.requests.filter((request) => request.path === '/no-head').map((request) => request.method)).toEqual(['HEAD', 'GET']);
  });

  it.each([
    ['/gone', 404, '404 Not Found'],
    ['/broken', 500, '500 Internal Server Error'],
  ])('calls %s dead (%i), after GET confirms it', async (path, status, detail) => {
    const verdict = await checkLink(at(path), OPTIONS);
    expect(verdict).toMatchObject({ ok: false, status, method: 'GET', problem: 'http', detail });
  });

  it('calls a redirect loop dead', async () => {
    expect(await checkLink(at('/loop'), OPTIONS)).toMatchObject({ ok: false, problem: 'redirect', detail: 'redirect loop' });
  });

  it('gives up on a server that never answers, after the timeout, without a GET', async () => {
    const started = Date.now();
    const verdict = await checkLink(at('/slow'), OPTIONS);
    expect(verdict).toMatchObject({ ok: false, status: null, problem: 'timeout', detail: 'no answer within 0.3 s' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests.filter((request) => request.path === '/slow').map((request) => request.method)).toEqual(['HEAD']);
  });

  it('calls a refused connection and an unresolvable host dead', async () => {
    expect(await checkLink(server.refused, OPTIONS)).toMatchObject({ ok: false, problem: 'refused', detail: 'connection refused' });
    // .invalid never resolves (RFC 6761).
    const dns = await checkLink('http://nonexistent.invalid/', OPTIONS);
    expect(dns).toMatchObject({ ok: false, problem: 'dns' });
    expect(dns.detail).toMatch(/^the host name does not resolve/);
  });

  it('does not request an address with credentials or a non-http(s) one', async () => {
    const before = server.requests.length;
    expect(await checkLink(`http://user:secret@${server.origin.slice(7)}/ok`, OPTIONS)).toMatchObject({ ok: false, problem: 'invalid' });
    expect(await checkLink('ftp://example.org/x', OPTIONS)).toMatchObject({ ok: false, problem: 'invalid', detail: 'not an http(s) address' });
    expect(server.requests.length).toBe(before);
  });
});
