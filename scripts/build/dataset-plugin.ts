import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The default dataset lives in data/events.json (a public contract, next to its schema) and
 * is fetched at run time rather than bundled, so a newsroom can swap the file without a
 * rebuild. This plugin serves it at <base>data/events.json in dev and copies it into dist/.
 */
export function datasetPlugin(root: string): Plugin {
  const file = resolve(root, 'data/events.json');
  return {
    name: 'conflict-timeline:dataset',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        if (!path?.endsWith('/data/events.json')) return next();
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'data/events.json', source: readFileSync(file) });
    },
  };
}
