import { STATUS_CODES } from 'node:http';
import { safeHttpUrl } from '../../src/data/safe-url.ts';
import { describeFailure, worthRetryingWithGet, type Failure, type FailureKind } from './link-failure.ts';

/**
 * One link, checked as a reader's browser would follow it: Node's own fetch (undici), every
 * redirect followed by hand (redirect: 'manual') so each hop can be reported, a timeout on every
 * request. HEAD first, since only the status matters; GET where HEAD fails (see `askOnce`).
 */
export interface CheckOptions {
  readonly timeoutMs: number;
  readonly userAgent: string;
}

export interface Redirect {
  readonly from: string;
  readonly to: string;
  readonly status: number;
}

/** `http`: a 4xx/5xx answer; `redirect`: a loop, too many hops or a hop to a non-http(s) address; `invalid`: not checked at all. */
export type LinkProblem = FailureKind | 'http' | 'redirect' | 'invalid';

export interface LinkVerdict {
  readonly url: string;
  readonly ok: boolean;
  /** The status of the last answer, or null when none came. */
  readonly status: number | null;
  readonly method: 'HEAD' | 'GET' | null;
  /** Where the redirects led (the url itself when there were none). */
  readonly finalUrl: string;
  readonly redirects: readonly Redirect[];
  readonly problem?: LinkProblem;
  readonly detail?: string;
}

/** Browsers stop at 20; a source that needs more than 10 hops is broken in practice. */
export const MAX_REDIRECTS = 10;

interface Answer {
  readonly status: number;
  readonly location: string | null;
  readonly method: 'HEAD' | 'GET';
}

export function statusLine(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim();
}

async function ask(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Answer | Failure> {
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    // Only the status counts: never download the page.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, location: response.headers.get('location'), method };
  } catch (error) {
    return describeFailure(error, options.timeoutMs);
  }
}

/**
 * HEAD, then GET when HEAD is refused (405, 501) or gets any other error status or a broken
 * connection: some servers answer HEAD wrongly (403, 404, a dropped socket) and serve the page
 * to GET, and a reader's browser uses GET, so GET's answer decides.
 */
async function askOnce(url: string, options: CheckOptions): Promise<Answer | Failure> {
  const head = await ask(url, 'HEAD', options);
  if ('kind' in head ? !worthRetryingWithGet(head) : head.status < 400) return head;
  return ask(url, 'GET', options);
}

/** Why an address is not requested at all, or null when it may be. */
function notCheckable(url: string): string | null {
  if (!safeHttpUrl(url)) return 'not an http(s) address';
  const parsed = new URL(url);
  // fetch() refuses such addresses, and sending a stranger's credentials anywhere would be wrong.
  if (parsed.username || parsed.password) return 'the address holds a user name or password';
  return null;
}

export async function checkLink(url: string, options: CheckOptions): Promise<LinkVerdict> {
  const redirects: Redirect[] = [];
  const dead = (at: string, problem: LinkProblem, detail: string, answer?: Answer): LinkVerdict => ({
    url,
    ok: false,
    status: answer?.status ?? null,
    method: answer?.method ?? null,
    finalUrl: at,
    redirects,
    problem,
    detail,
  });
  const invalid = notCheckable(url);
  if (invalid) return dead(url, 'invalid', invalid);
  let current = url;
  for (;;) {
    const answer = await askOnce(current, options);
    if ('kind' in answer) return dead(current, answer.kind, answer.detail);
    const { status, location } = answer;
    if (status >= 300 && status < 400 && location !== null) {
      const next = safeHttpUrl(location, current);
      if (!next) return dead(current, 'redirect', `${statusLine(status)} to an address that is not http(s)`, answer);
      redirects.push({ from: current, to: next, status });
      if (next === url || redirects.some((hop) => hop.from === next)) return dead(next, 'redirect', 'redirect loop', answer);
      if (redirects.length > MAX_REDIRECTS) return dead(next, 'redirect', `more than ${MAX_REDIRECTS} redirects`, answer);
      current = next;
      continue;
    }
    if (status >= 400) return dead(current, 'http', statusLine(status), answer);
    return { url, ok: true, status, method: answer.method, finalUrl: current, redirects };
  }
}
