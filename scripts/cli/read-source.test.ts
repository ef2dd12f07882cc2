import { describe, expect, it } from 'vitest';
import { cliArguments, terminalSafe } from './read-source.ts';

describe('cliArguments', () => {
  it.each([
    [['/usr/bin/node', 'file.json'], ['file.json']],
    [['/usr/bin/node', '--', 'file.json'], ['file.json']],
    [['/usr/bin/node', 'scripts/cli/validate.ts', 'file.json'], ['file.json']],
    [['/usr/bin/node', '/x/scripts/cli/convert.ts', '--', 'in.csv'], ['in.csv']],
    [['/usr/bin/node'], []],
  ])('%j → %j', (argv, expected) => {
    expect(cliArguments(argv)).toEqual(expected);
  });

  it('terminalSafe replaces control and direction-override characters', () => {
    expect(terminalSafe('a\u001b[31mb\u202ec\nd\te')).toBe('a\ufffd[31mb\ufffdc\nd\te');
  });
});
