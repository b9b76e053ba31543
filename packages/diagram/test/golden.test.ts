import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { presets, VIEW_NAMES } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { toSvg } from '../src/svg/index.js';

// Golden SVGs of every preset and view, so a change to the pictures shows in review.
// Regenerate with KUBEGRAM_UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts
const dir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env.KUBEGRAM_UPDATE_GOLDEN === '1';

describe('golden SVGs', () => {
  for (const [name, cluster] of Object.entries(presets)) {
    for (const view of VIEW_NAMES) {
      it(`toSvg(${name}, { view: '${view}' }) matches test/golden/${name}-${view}.svg`, () => {
        const file = join(dir, `${name}-${view}.svg`);
        const svg = `${toSvg(cluster, { view })}\n`;
        if (update) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(file, svg);
        }
        expect(svg).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});
