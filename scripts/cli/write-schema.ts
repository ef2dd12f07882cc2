import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDatasetJsonSchema } from '../../src/data/dataset-json-schema.ts';

// Writes data/events.schema.json from the Valibot schema (run: npm run schema).
// src/data/dataset-json-schema.test.ts fails when the committed file is out of date.
const target = fileURLToPath(new URL('../../data/events.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(buildDatasetJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target}`);
