import { describe, expect, it } from 'vitest';
import { lightThemeStyle, lightTokens, resolveTokens } from './light-theme-style.ts';

describe('lightTokens', () => {
  it('takes the light side of each light-dark() token, commas inside its own parentheses kept', () => {
    const css = `:root {
      --text: light-dark(#1b1c1e, #e8e6e1);
      --shadow: light-dark(0 1px 2px rgb(0 0 0 / 0.06), 0 4px 16px rgb(0 0 0 / 0.08), 0 1px 2px rgb(0 0 0 / 0.4));
      --plain: #fff;
    }`;
    expect(lightTokens(css)).toEqual(new Map([
      ['text', '#1b1c1e'],
      ['shadow', '0 1px 2px rgb(0 0 0 / 0.06)'],
    ]));
  });
});

describe('resolveTokens', () => {
  it('writes the values in place of var(), drops comments, and leaves an unknown token to be seen', () => {
    const css = '/* why */ .a { fill: var(--text); stroke: var(--nope); }';
    expect(resolveTokens(css, new Map([['text', '#111']]))).toBe('.a { fill: #111; stroke: var(--nope); }');
  });
});

describe('lightThemeStyle', () => {
  it("is the screen's timeline stylesheets in theme.css's light values, every token resolved", () => {
    const style = lightThemeStyle('.x { fill: var(--text-muted); }');
    expect(style).not.toContain('var(');
    expect(style).not.toContain('light-dark');
    expect(style).toContain('.lane-band { fill: #ffffff; }');
    expect(style).toContain('.mark--key .mark-shape { stroke: #1b1c1e;');
    expect(style).toContain('.x { fill: #595d63; }');
    // The file stays well-formed XML: nothing in it would start a tag or an entity.
    expect(style).not.toMatch(/[<&]/);
  });
});
