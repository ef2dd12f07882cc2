import { describe, expect, it } from 'vitest';
import { joinCommaList, splitCommaList } from './comma-list.ts';

describe('comma lists in links', () => {
  it('keeps a comma or a backslash inside an item', () => {
    const items = ['Protesters (Iraq), students', 'a\\b', 'plain', 'ends with \\'];
    const text = joinCommaList(items);
    expect(text).toBe('Protesters (Iraq)\\, students,a\\\\b,plain,ends with \\\\');
    expect(splitCommaList(text)).toEqual(items);
  });

  it('reads links written before the escape as they were read then', () => {
    expect(splitCommaList('US, Iran,,Houthis (Ansar Allah)')).toEqual(['US', 'Iran', 'Houthis (Ansar Allah)']);
  });

  it('takes a lone backslash at the end as itself', () => {
    expect(splitCommaList('a,b\\')).toEqual(['a', 'b\\']);
  });
});
