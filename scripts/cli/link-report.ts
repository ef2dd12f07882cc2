import type { DatasetLink, LinkUse } from './dataset-links.ts';
import { statusLine, type LinkVerdict } from './link-check.ts';

/**
 * check-links' two reports: text for a person (dead links, then redirects, each with the places
 * that use it) and JSON for a script. The JSON shape is documented in the README ("Check your
 * links") and kept stable: `version` changes if it ever has to change incompatibly.
 */
export interface CheckedLink extends LinkVerdict {
  readonly uses: readonly LinkUse[];
}

export interface ReportHeader {
  readonly dataset: string;
  readonly source: string;
  readonly format: string;
  /** Records the app would skip (not checked: `npm run validate` lists them). */
  readonly skipped: number;
}

export function joinVerdicts(links: readonly DatasetLink[], verdicts: readonly LinkVerdict[]): CheckedLink[] {
  return links.map((link, index) => ({ ...verdicts[index]!, uses: link.uses }));
}

export function summarize(links: readonly CheckedLink[]) {
  const dead = links.filter((link) => !link.ok).length;
  const redirected = links.filter((link) => link.ok && link.redirects.length > 0).length;
  return { links: links.length, ok: links.length - dead - redirected, redirected, dead };
}

/** "event x sources.0.url", the field path as `npm run validate` writes it. */
export function useLine(use: LinkUse): string {
  return 'event' in use ? `event ${use.event} sources.${use.source}.${use.field}` : `series ${use.series} point ${use.point} source.url`;
}

/** "302 → 307 → 200 OK": each hop's status, then the final answer. */
function hopsLine(link: CheckedLink): string {
  return [...link.redirects.map((hop) => String(hop.status)), link.status === null ? '' : statusLine(link.status)].filter(Boolean).join(' → ');
}

function linkLines(link: CheckedLink): string[] {
  const redirected = link.redirects.length > 0 ? `${link.url} → ${link.finalUrl}` : link.url;
  const after = link.redirects.map((hop) => hop.status).join(' → ');
  const why = link.ok ? hopsLine(link) : after ? `${link.detail} (after ${after})` : link.detail;
  return [`  ${redirected}: ${why}`, ...link.uses.map((use) => `    ${useLine(use)}`)];
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export function textReport(header: ReportHeader, links: readonly CheckedLink[]): string {
  const summary = summarize(links);
  const uses = links.reduce((total, link) => total + link.uses.length, 0);
  const dead = links.filter((link) => !link.ok);
  const moved = links.filter((link) => link.ok && link.redirects.length > 0);
  const lines = [
    `Dataset: ${header.dataset}`,
    `Source: ${header.source} (${header.format})`,
    `${plural(summary.links, 'link')} checked (${plural(uses, 'use')}): ${summary.ok} work, ${summary.redirected} redirected, ${summary.dead} dead`,
  ];
  if (header.skipped > 0) lines.push(`${plural(header.skipped, 'record')} not checked: the app skips them (see npm run validate)`);
  if (dead.length > 0) lines.push('', `Dead (${dead.length}):`, ...dead.flatMap(linkLines));
  if (moved.length > 0) lines.push('', `Redirected (${moved.length}), working but worth updating:`, ...moved.flatMap(linkLines));
  return lines.join('\n');
}

export function jsonReport(header: ReportHeader, links: readonly CheckedLink[]): string {
  const report = {
    version: 1,
    ...header,
    summary: summarize(links),
    links: links.map((link) => ({
      url: link.url,
      ok: link.ok,
      status: link.status,
      method: link.method,
      finalUrl: link.finalUrl,
      redirects: link.redirects,
      problem: link.problem ?? null,
      detail: link.detail ?? null,
      uses: link.uses,
    })),
  };
  return JSON.stringify(report, null, 2);
}
