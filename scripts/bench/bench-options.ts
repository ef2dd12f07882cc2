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

