import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { parseDataset } from '../../src/data/parse-dataset.ts';
import { CHANGES_FEED_FILE } from './changes-feed.ts';
import { appLoaderFile, appLoaderTag, takeAppScripts } from './after-first-paint.ts';
import { earlyLoadScript, scriptHashSource } from './early-load-script.ts';
import { normalizeSiteUrl } from './link-preview.ts';
import { languagePath, PREFIXED_LANGUAGES } from '../../src/view-store/language-path.ts';
import { readEdition } from './read-changes.ts';
import { contentSecurityPolicy, staticPages } from './static-pages.ts';

/**
 * Build only. Adds the Content-Security-Policy to the built index.html, then, once the bundle is
 * written, derives the static pages from it (scripts/build/static-pages.ts): deep links, embeds,
 * link previews and oEmbed that work on any static host with no rewrite rules.
 * SITE_URL (e.g. https://example.org/timeline/) makes canonical, og:url and og:image absolute.
 */
/** The dataset worker's own bundle (src/loading/parse-worker.ts, emitted as an asset by Vite). */
const DATASET_WORKER = /(^|\/)parse-worker-[\w-]+\.js$/;

export function staticPagesPlugin(root: string): Plugin {
  let config: ResolvedConfig;
  let policy = contentSecurityPolicy();
  return {
    name: 'conflict-timeline:static-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // The policy right after the charset, before any script (it needs no escaping: a unit test
    // checks); the early dataset load before the stylesheet, which a parser-blocking script waits
    // for, and the loader of the app's scripts (deferred) beside it.
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const worker = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && DATASET_WORKER.test(file.fileName));
        const embeds = [undefined, ...PREFIXED_LANGUAGES].map((language) => config.base.replace(/\/$/, '') + languagePath('/embed', language));
        const script = worker ? earlyLoadScript(`${config.base}${worker.fileName}`, `${config.base}data/events.json`, embeds) : undefined;
        if (!script) config.logger.warn('static pages: no dataset worker in the bundle, so no early dataset load');
        // The app's own scripts, asked for by the loader after the first paint (after-first-paint.ts).
        const app = takeAppScripts(html);
        const loader = app ? appLoaderTag(`${config.base}${appLoaderFile().fileName}`, app.scripts) : '';
        const inline = script ? `<script>${script}</script>` : '';
        let page = app?.html ?? html;
        if (inline || loader) {
          const tags = [inline, loader].filter(Boolean);
          const stylesheet = /^([ \t]*)<link rel="stylesheet"/im.exec(page);
          page = stylesheet
            ? page.replace(stylesheet[0], `${tags.map((tag) => `${stylesheet[1]}${tag}\n`).join('')}${stylesheet[0]}`)
            : page.replace(/<\/head>/i, `${tags.map((tag) => `  ${tag}\n`).join('')}  </head>`);
        }
        policy = contentSecurityPolicy(script ? [scriptHashSource(script)] : []);
        const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        const charset = /^([ \t]*)<meta charset[^>]*>[ \t]*\r?\n/im.exec(page);
        if (charset) return page.replace(charset[0], `${charset[0]}${charset[1]}${tag}\n`);
        return page.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`);
      },
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      // The loader starts the app on every build, so it is written before the static pages' own condition.
      const loader = appLoaderFile();
      writeFileSync(resolve(outDir, loader.fileName), loader.content);
      if (!config.base.startsWith('/')) {
        config.logger.warn(`static pages: skipped, they need an absolute base (BASE_PATH=/path/), not "${config.base}"`);
        return;
      }
      const siteUrl = normalizeSiteUrl(process.env.SITE_URL);
      const indexHtml = readFileSync(resolve(outDir, 'index.html'), 'utf8');
      const raw: unknown = JSON.parse(readFileSync(resolve(root, 'data/events.json'), 'utf8'));
      const { dataset, skipped } = parseDataset(raw);
      const edition = readEdition(raw);
      const files = [...staticPages(indexHtml, dataset, { base: config.base, siteUrl }, edition)];
      for (const file of files) {
        const target = resolve(outDir, file.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      }
      const note = skipped.length ? `, ${skipped.length} invalid record(s) skipped` : '';
      config.logger.info(
        `static pages: ${dataset.events.length} events → ${files.length} files${note}` +
          (siteUrl ? ` (site ${siteUrl})` : ' (no SITE_URL: relative links, no og:url/og:image)'),
      );
      if (edition.changes.length > 0) {
        if (siteUrl) config.logger.info(`changes feed: ${edition.changes.length} entries → ${CHANGES_FEED_FILE}`);
        else config.logger.warn(`changes feed: ${CHANGES_FEED_FILE} not written: a feed's links must be absolute, so it needs SITE_URL`);
      }
      // Hosts that send the policy as a header need this build's script hash (README, "Security headers").
      config.logger.info(`Content-Security-Policy: ${policy}`);
    },
  };
}
