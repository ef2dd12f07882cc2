/**
 * check-links' arguments: one file or URL, and the flags. Parsed by hand (four flags do not earn
 * a parser dependency); anything unexpected is a usage error (exit 2), never silently ignored.
 */
export interface CheckLinksOptions {
  readonly source: string;
  readonly json: boolean;
  /** Requests in flight at most. */
  readonly concurrency: number;
  /** Per request (each redirect hop is a request), in milliseconds. */
  readonly timeoutMs: number;
}

export const USAGE = 'Usage: npm run check-links -- <file or http(s) URL> [--json] [--concurrency N] [--timeout MS]';
export const DEFAULT_CONCURRENCY = 6;
export const DEFAULT_TIMEOUT_MS = 10_000;

function whole(flag: string, value: string | undefined, max: number): number | string {
  const number = Number(value);
  return value !== undefined && /^\d+$/.test(value) && number >= 1 && number <= max ? number : `${flag} needs a whole number from 1 to ${max.toLocaleString('en-GB')}`;
}

/** The options, or the problem with the arguments. */
export function parseCheckLinksOptions(args: readonly string[]): CheckLinksOptions | string {
  let json = false;
  let concurrency = DEFAULT_CONCURRENCY;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  const sources: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--json') json = true;
    else if (flag === '--concurrency' || flag === '--timeout') {
      const value = whole(flag, inline ?? args[++i], flag === '--timeout' ? 600_000 : 64);
      if (typeof value === 'string') return value;
      if (flag === '--timeout') timeoutMs = value;
      else concurrency = value;
    } else if (flag === '--help' || flag === '-h') return USAGE;
    else if (flag.startsWith('-')) return `unknown option ${flag}`;
    else sources.push(arg);
  }
  if (sources.length !== 1) return sources.length === 0 ? 'no dataset named' : 'name one dataset';
  return { source: sources[0]!, json, concurrency, timeoutMs };
}
