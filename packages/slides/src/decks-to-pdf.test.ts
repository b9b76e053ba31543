import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ChromiumNotFoundError } from './chromium-not-found-error.js';
import { decksToPdf } from './decks-to-pdf.js';

test('decksToPdf says clearly that it needs Chromium when there is none, and writes nothing', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'kubegram-pdf-test-')), 'deck.pdf');
  const run = decksToPdf([{ markdown: '# A', output: out }], { chromePath: '/nonexistent/chromium' });
  await expect(run).rejects.toBeInstanceOf(ChromiumNotFoundError);
  await expect(run).rejects.toThrow('PDF export needs Chromium, and there is none at /nonexistent/chromium');
  expect(existsSync(out)).toBe(false);
});
