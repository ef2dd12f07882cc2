/**
 * Why a request got no HTTP answer, in a publisher's words: Node's fetch (undici) throws a
 * TypeError "fetch failed" whose `cause` carries the system's code, or a TimeoutError from the
 * AbortSignal. The kind is part of check-links' --json report (README, "Check your links").
 */
export type FailureKind = 'dns' | 'refused' | 'timeout' | 'tls' | 'network';

export interface Failure {
  readonly kind: FailureKind;
  readonly detail: string;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);

function codeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

export function describeFailure(error: unknown, timeoutMs: number): Failure {
  const name = (error as { name?: unknown } | null)?.name;
  const code = codeOf(error);
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') {
    return { kind: 'timeout', detail: `no answer within ${timeoutMs / 1000} s` };
  }
  if (code && DNS_CODES.has(code)) return { kind: 'dns', detail: `the host name does not resolve (DNS: ${code})` };
  if (code === 'ECONNREFUSED') return { kind: 'refused', detail: 'connection refused' };
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return { kind: 'tls', detail: `the HTTPS certificate is not accepted (${code})` };
  const cause = (error as { cause?: unknown } | null)?.cause;
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return { kind: 'network', detail: code ? `network error (${code})` : `network error (${message})` };
}

/**
 * After a failed HEAD, is GET worth a try? Not when the host does not resolve, refuses the
 * connection or timed out (GET would fail the same way, and a second timeout doubles the
 * wait); yes when the connection dropped or broke, which some servers do to HEAD.
 */
export function worthRetryingWithGet(failure: Failure): boolean {
  return failure.kind === 'network';
}
