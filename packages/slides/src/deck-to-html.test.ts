import { expect, test } from 'vitest';
import { deckToHtml } from './deck-to-html.js';

const DECK = `---
marp: true
theme: kubegram
paginate: true
---

# Title

---

## Second

- a point

<!--
A note for the presenter.
-->
`;

test('deckToHtml(markdown) renders a standalone bespoke page with every slide and the notes', async () => {
  const html = await deckToHtml(DECK);
  expect(html).toMatch(/^<!DOCTYPE html>/i);
  expect(html.match(/<section\b/g)).toHaveLength(2);
  expect(html).toContain('bespoke-marp-note');
  expect(html).toContain('A note for the presenter.');
  // Offline: no script or stylesheet is fetched from anywhere.
  expect(html).not.toMatch(/<(script|link)\b[^>]*(src|href)="https?:/);
}, 20_000);
