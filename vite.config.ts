import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetPlugin } from './scripts/build/dataset-plugin.ts';
import { staticPagesPlugin } from './scripts/build/static-pages-plugin.ts';
import { shortMessageKeysPlugin } from './scripts/build/short-message-keys.ts';

// BASE_PATH lets the built site live under a sub-path (e.g. /timelines/escalation/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), shortMessageKeysPlugin(import.meta.dirname), datasetPlugin(import.meta.dirname), staticPagesPlugin(import.meta.dirname)],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  // Modules, so the dataset worker can load its importers (CSV, TimelineJS) only for files that
  // need them: the default (iife) inlines them, and the worker compiles twice the code at start.
  // The worker names a failed load by its catalogue key (data/load-failure.ts), which the page
  // looks up in its catalogue: both bundles must shorten the keys alike.
  worker: { format: 'es', plugins: () => [shortMessageKeysPlugin(import.meta.dirname)] },
});
