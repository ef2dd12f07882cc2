import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import { escapeXml, timelineToSvg } from './timeline-to-svg.ts';

const HOSTILE = '</text><script>alert(1)</script>';

function load(title = 'A strike') {
  const { dataset, skipped } = parseDataset({
    version: 1,
    title: `Dataset ${HOSTILE} & co`,
    categories: [
      { id: 'strike', label: `Strikes ${HOSTILE}`, color: '#0072B2' },
      { id: 'talks', label: 'Talks' },
    ],
    events: [
      { id: 'a', date: '2024-01-04', title, category: 'strike', sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'P' }] },
      { id: 'b', date: '2024-01-10', approximate: true, title: 'Talks "in" Doha', category: 'talks', sources: [{ url: 'https://example.org/b', title: 'B', publisher: 'Q' }] },
      { id: 'c', date: '2024-01-12', end: '2024-01-20', title: 'A span', category: 'talks', sources: [{ url: 'https://example.org/c', title: 'C', publisher: 'R' }] },
    ],
  });
  expect(skipped).toEqual([]);
  return dataset;
}

const WINDOW = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 1, 1) };

function render(title?: string) {
  const dataset = load(title);
  return timelineToSvg({ title: dataset.title, events: dataset.events, categories: dataset.categories, window: WINDOW, source: dataset.title });
}

/** A stand-in for an XML parser (none without DOM types in Node): every tag is one we write. */
function tagNames(svg: string): Set<string> {
  return new Set([...svg.matchAll(/<\/?([a-zA-Z?][\w:-]*)/g)].map((match) => match[1]!));
}

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('timelineToSvg', () => {
  it('shows the labels as on screen: the short label, else the title, escaped as text', () => {
    const dataset = parseDataset({
      version: 1,
      title: 'T',
      categories: [{ id: 'strike', label: 'Strikes' }],
      events: [
        { id: 'a', date: '2024-01-04', title: 'A long title about a strike', label: 'Strike <b>1</b>', key: true, category: 'strike', sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'P' }] },
        { id: 'b', date: '2024-01-20', title: 'Talks in Doha', category: 'strike', sources: [{ url: 'https://example.org/b', title: 'B', publisher: 'Q' }] },
      ],
    }).dataset;
    const { svg } = timelineToSvg({ title: 'T', events: dataset.events, categories: dataset.categories, window: WINDOW, source: 'T' });
    expect(svg).toContain('font-weight="600" fill="#1b1c1e"');
    expect(svg).toContain('>Strike &lt;b&gt;1&lt;/b&gt;</text>');
    expect(svg).toContain('>Talks in Doha</text>');
    expect(svg).not.toContain('>A long title about a strike</text>');
  });

  it('is a standalone SVG document with its size', () => {
    const { svg, width, height } = render();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`width="${width}" height="${height}"`);
    expect(height).toBeGreaterThan(200);
  });

  it('escapes a hostile event title, category label and dataset title: no script element', () => {
    const { svg } = render(HOSTILE);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('</text><script>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const tag of tagNames(svg)) expect(['?xml', 'svg', 'title', 'rect', 'text', 'g', 'line', 'path', 'circle']).toContain(tag);
  });

  it('has a title, the date range with the count, and a credit line', () => {
    const { svg } = render();
    expect(svg).toContain('Dataset &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(svg).toContain('1 Jan 2024 – 31 Jan 2024 · 3 events');
    expect(svg).toContain('Source: Dataset &lt;/text&gt;');
    expect(svg).toContain('· conflict-timeline</text>');
  });

  it('draws a mark per event, lane labels and axis ticks', () => {
    const { svg } = render();
    expect(svg).toContain('4 Jan 2024: A strike');
    expect(svg).toContain('10 Jan 2024: Talks &quot;in&quot; Doha');
    expect(svg).toContain('TALKS</text>');
    expect(svg).toMatch(/<rect [^>]*rx="5"[^>]*><title>12 Jan 2024: A span/);
    expect(svg).toMatch(/>Jan 2024<\/text>|>\d{1,2} Jan<\/text>/);
  });

  it('draws approximate dates hollow', () => {
    const { svg } = render();
    const doha = svg.split('\n').find((line) => line.includes('Talks &quot;in&quot; Doha'))!;
    expect(doha).toContain('fill="#ffffff"');
  });

  it('leaves out events outside the window', () => {
    const dataset = load();
    const { svg } = timelineToSvg({
      title: 'T',
      events: dataset.events,
      categories: dataset.categories,
      window: { from: Date.UTC(2024, 0, 8), to: Date.UTC(2024, 0, 11) },
      source: 'S',
    });
    expect(svg).not.toContain('A strike');
    expect(svg).toContain('Doha');
  });
});
