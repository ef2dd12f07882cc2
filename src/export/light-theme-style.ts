// The screen's own stylesheets as text (Vite's ?raw), so the export has no copy of them to drift.
import themeCss from '../ui/theme.css?raw';
import axisCss from '../ui/timeline-axis.css?raw';
import marksCss from '../ui/timeline-marks.css?raw';

/**
 * The light theme's values of theme.css's tokens: each is written `--name: light-dark(light,
 * dark)`, and the light side is the first argument (a value such as a shadow may hold commas
 * inside its own parentheses, so the split is at the first top-level comma).
 */
export function lightTokens(css: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const match of css.matchAll(/--([\w-]+)\s*:\s*light-dark\(/g)) {
    const start = match.index + match[0].length;
    let depth = 0;
    for (let at = start; at < css.length; at += 1) {
      const char = css[at];
      if (char === '(') depth += 1;
      else if (char === ')') depth -= 1;
      else if (char === ',' && depth === 0) {
        tokens.set(match[1]!, css.slice(start, at).trim());
        break;
      }
      if (depth < 0) break;
    }
  }
  return tokens;
}

/**
 * `css` with every var(--token) replaced by its value and comments dropped. Values, not custom
 * properties: a standalone SVG is also opened by tools (Inkscape, librsvg, print shops' RIPs)
 * that read a <style> but not var().
 */
export function resolveTokens(css: string, tokens: ReadonlyMap<string, string>): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/var\(--([\w-]+)\)/g, (whole, name: string) => tokens.get(name) ?? whole)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The stylesheet of an exported picture: the timeline's axis and marks as the screen styles
 * them (timeline-axis.css, timeline-marks.css) in the light theme, plus `extra` for the
 * export's own parts. A picture is passed on and printed, so it is light whatever the screen
 * shows, like the printed page. The screen's hover and focus rules come along; in a static
 * picture they do nothing, and leaving them saves parsing CSS here.
 */
export function lightThemeStyle(extra = ''): string {
  return resolveTokens([axisCss, marksCss, extra].join('\n'), lightTokens(themeCss));
}
