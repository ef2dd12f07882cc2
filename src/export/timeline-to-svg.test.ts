import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../data/parse-dataset.ts';
import { layoutTimeline } from '../timeline/model/lane-layout.ts';
import { estimateTextWidth } from '../timeline/model/text-measure.ts';
import { LABEL_FONT_SIZE, timelineLayoutOptions } from '../timeline/model/timeline-layout-options.ts';
import { timelineToSvg } from './timeline-to-svg.tsx';

const HOSTILE = '</text><script>alert(1)</script>';
const SOURCE = [{ url: 'https://example.org/a', title: 'A', publisher: 'P' }];

function load(title = 'A strike') {
  const { dataset, skipped } = parseDataset({
    version: 1,
    title: `Dataset ${HOSTILE} & co`,
    categories: [
      { id: 'strike', label: `Strikes ${HOSTILE}`, color: '#0072B2' },
      { id: 'talks', label: 'Talks' },
    ],
    events: [
      { id: 'a', date: '2024-01-04', title, category: 'strike', sources: SOURCE },
      { id: 'b', date: '2024-01-10', approximate: true, title: 'Talks "in" Doha', category: 'talks', sources: SOURCE },
      { id: 'c', date: '2024-01-12', end: '2024-01-20', title: 'A span', category: 'talks', sources: SOURCE },
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

/** The <g> of the mark named `name` (its aria-label), with everything inside it. */
function markGroup(svg: string, name: string): string {
  const at = svg.indexOf(`aria-label="${name}"`);
  expect(at, name).toBeGreaterThan(0);
  const start = svg.lastIndexOf('<g ', at);
  return svg.slice(start, svg.indexOf('</g>', start));
}

describe('timelineToSvg', () => {
  it('is a standalone SVG document with its size', () => {
    const { svg, width, height } = render();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    expect(height).toBeGreaterThan(200);
  });

  it('escapes a hostile event title, category label and dataset title: no script element', () => {
    const { svg } = render(HOSTILE);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('</text><script>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    for (const tag of tagNames(svg)) expect(['?xml', 'svg', 'title', 'style', 'rect', 'text', 'g', 'line', 'path', 'circle', 'ellipse']).toContain(tag);
    // No event-handler attributes (React drops the screen's onClick and friends).
    expect(svg.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w+\s*=/i);
  });

  it('has a title, the date range with the count, and a credit line', () => {
    const { svg } = render();
    expect(svg).toContain('>Dataset &lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text>');
    expect(svg).toContain('>1 Jan 2024 – 31 Jan 2024 · 3 events</text>');
    expect(svg).toContain('>Source: Dataset &lt;/text&gt;');
    expect(svg).toContain('· conflict-timeline</text>');
  });

  it('shows the labels as on screen: the short label, else the title, escaped as text; key marks drawn as key', () => {
    const dataset = parseDataset({
      version: 1,
      title: 'T',
      categories: [{ id: 'strike', label: 'Strikes' }],
      events: [
        { id: 'a', date: '2024-01-04', title: 'A long title about a strike', label: 'Strike <b>1</b>', key: true, category: 'strike', sources: SOURCE },
        { id: 'b', date: '2024-01-20', title: 'Talks in Doha', category: 'strike', sources: SOURCE },
      ],
    }).dataset;
    const { svg } = timelineToSvg({ title: 'T', events: dataset.events, categories: dataset.categories, window: WINDOW, source: 'T' });
    const key = markGroup(svg, '4 Jan 2024: A long title about a strike');
    expect(key).toMatch(/^<g class="mark mark--key"/);
    expect(key).toContain('>Strike &lt;b&gt;1&lt;/b&gt;</text>');
    const plain = markGroup(svg, '20 Jan 2024: Talks in Doha');
    expect(plain).toMatch(/^<g class="mark"/);
    expect(plain).toContain('>Talks in Doha</text>');
    expect(svg).not.toContain('>A long title about a strike</text>');
  });

  it('draws a mark per event in its category colour, lane names and axis ticks', () => {
    const { svg } = render();
    expect(markGroup(svg, '4 Jan 2024: A strike')).toContain('style="color:#0072B2"');
    expect(markGroup(svg, 'c. 10 Jan 2024: Talks &quot;in&quot; Doha')).toMatch(/^<g class="mark mark--approximate"/);
    expect(markGroup(svg, '12 Jan – 20 Jan 2024: A span')).toContain('class="mark-span mark-shape"');
    expect(svg).toContain('class="lane-label" x="6" y="');
    expect(svg).toContain('>Talks</text>');
    expect(svg).toMatch(/>Jan 2024<\/text>|>\d{1,2} Jan<\/text>/);
  });

  it('lays out the lanes with the screen options for a plot as wide as the picture less its margins', () => {
    const dataset = load();
    const { svg, width } = timelineToSvg({ title: 'T', events: dataset.events, categories: dataset.categories, window: WINDOW, source: 'S' });
    const plotWidth = Number(/<svg class="timeline-svg" x="\d+" y="\d+" width="([\d.]+)"/.exec(svg)![1]);
    expect(plotWidth).toBeLessThan(width);
    const scale = scaleUtc().domain([WINDOW.from, WINDOW.to]).range([0, plotWidth]);
    const options = timelineLayoutOptions({ width: plotWidth, compact: false, measure: estimateTextWidth(LABEL_FONT_SIZE.wide) });
    const lanes = layoutTimeline(dataset.events, dataset.categories, scale, options).lanes;
    const bands = [...svg.matchAll(/<rect class="lane-band[^"]*" x="0" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)];
    expect(bands.map((band) => [Number(band[1]), Number(band[2])])).toEqual(lanes.map((lane) => [lane.y, lane.height]));
  });

  it('styles the picture with the light theme, as values a file without the page can use', () => {
    const { svg } = render();
    const style = /<style>([^<]*)<\/style>/.exec(svg)![1]!;
    expect(style).not.toContain('var(');
    expect(style).toContain('.mark-label { fill: #1b1c1e;');
    expect(style).toContain('.lane-band--odd { fill: #f6f5f1; }');
  });

  it('draws the density columns of a lane too crowded for marks', () => {
    const events = Array.from({ length: 600 }, (_, n) => ({ id: `e${n}`, date: `2024-01-${String((n % 28) + 1).padStart(2, '0')}`, title: `E${n}`, category: 'strike', sources: SOURCE }));
    const dataset = parseDataset({ version: 1, title: 'T', categories: [{ id: 'strike', label: 'Strikes', color: '#0072B2' }], events }).dataset;
    const { svg } = timelineToSvg({ title: 'T', events: dataset.events, categories: dataset.categories, window: WINDOW, source: 'S' });
    expect(svg).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#0072B2" fill-opacity="[\d.]+"/);
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
