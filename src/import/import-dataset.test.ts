import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetFormatError, parseDataset } from '../data/parse-dataset.ts';
import { convertText, importDataset } from './import-dataset.ts';

const fixture = (name: string) => readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), 'utf8');

describe('importDataset', () => {
  it('returns our own format as it is', () => {
    expect(importDataset(fixture('valid.json'))).toEqual(JSON.parse(fixture('valid.json')));
  });

  it.each([
    ['timelinejs.json', 'timelinejs', 4],
    ['acled.csv', 'acled-csv', 3],
  ])('brings %s into our format (version 1), which parseDataset then checks', (name, format, events) => {
    const converted = convertText(fixture(name));
    expect(converted.format).toBe(format);
    expect(converted.json).toMatchObject({ version: 1 });
    expect(parseDataset(importDataset(fixture(name))).dataset.events).toHaveLength(events);
  });

  it.each([
    ['an HTML page', '<!doctype html><p>Hello'],
    ['a CSV that is not ACLED', 'id,date\n1,2024'],
    ['a list', '[1, 2]'],
    ['plain text', 'hello'],
  ])('throws a DatasetFormatError naming the formats it reads for %s', (_name, text) => {
    expect(() => importDataset(text)).toThrow(DatasetFormatError);
    expect(() => importDataset(text)).toThrow(/TimelineJS.*ACLED/);
  });

  it('says when a file meant as JSON is broken', () => {
    expect(() => importDataset('{"version": 1, "events": [')).toThrow(/not valid JSON/);
  });
});
