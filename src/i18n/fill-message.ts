import { formatCount } from './format-count.ts';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A message with its `{name}` slots filled; numbers are written as counts ("1,234"), unknown
 * slots are left as they are. Apart from translate.ts so that the dataset worker and the command
 * line can word a failure in English (data/load-failure.ts) without the page's catalogue.
 */
export function fillMessage(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatCount(value) : value;
  });
}
