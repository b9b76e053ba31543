// Regenerates schema/cluster.schema.json from the zod schema (run after `npm run build`). The file
// is committed so that editors find it without a build; a test fails when it falls out of date.
import { writeFileSync } from 'node:fs';
import { clusterJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../schema/cluster.schema.json', import.meta.url), `${JSON.stringify(clusterJsonSchema, null, 2)}\n`);
