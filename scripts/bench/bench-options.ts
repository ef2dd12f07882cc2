import type { BenchProfile } from '../../bench/generate-dataset.ts';

/**
 * What every benchmark run shares: its command-line options, the browser (Debian's Chromium
 * unless CHROMIUM_PATH names another) with its flags, and the window size.
 */

/** The `--name=value` and `--flag` options after `--` on a benchmark command line (a flag maps to undefined). */
export function benchOptions(argv: readonly string[] = process.argv): Record<string, string | undefined> {
  return Object.fromEntries(
    argv
      .slice(1)
      .filter((arg) => arg.startsWith('--'))
      .map((arg) => {
        const [name, value] = arg.replace(/^--/, '').split('=');
        return [name!, value];
      }),
  );
}

export const VIEWPORT = { width: 1280, height: 800 };
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];


/** `--profile=spread,dense` → the profiles to run, in that order (the default: both). */
export function benchProfiles(value: string | undefined): BenchProfile[] {
  const asked = (value ?? 'spread,dense').split(',').filter(Boolean);
  const known: readonly BenchProfile[] = ['spread', 'dense'];
  const unknown = asked.filter((profile) => !known.includes(profile as BenchProfile));
  if (unknown.length || asked.length === 0) throw new Error(`--profile must list spread and/or dense, not ${value}`);
  return known.filter((profile) => asked.includes(profile));
}

/** A generated dataset's file in bench/.work/data: 1000.json (spread, as ever) or dense-1000.json. */
export const datasetFile = (size: number, profile: BenchProfile = 'spread') => `${profile === 'spread' ? '' : `${profile}-`}${size}.json`;
