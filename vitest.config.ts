import { defineConfig } from 'vitest/config';

// Unit tests run in a fixed time zone that is not UTC (and has a DST change inside the
// dataset's range), so any code that slips into local-time maths fails here, not for readers.
process.env.TZ = 'America/New_York';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/i18n/test-setup.ts'],
    // CSS is left out of tests (imports of it become ''), except the stylesheets the SVG export
    // reads as text (light-theme-style.ts): those must arrive as they are.
    css: { include: [/\.css\?raw$/] },
  },
});
