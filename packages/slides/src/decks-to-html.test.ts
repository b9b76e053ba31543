import { expect, test } from 'vitest';
import { deckToHtml } from './deck-to-html.js';
import { decksToHtml } from './decks-to-html.js';

const deck = (title: string, slides: number) =>
  `---\nmarp: true\ntheme: kubegram\npaginate: true\n---\n\n# ${title}\n${Array.from({ length: slides - 1 }, (_, i) => `\n---\n\n## Part ${i + 1}\n`).join('')}`;

test('decksToHtml(markdowns) gives, in order, the bytes deckToHtml gives for each deck', async () => {
  const decks = [deck('One', 2), deck('Two', 3), deck('Three', 1)];
  const html = await decksToHtml(decks);
  expect(html.map((h) => h.match(/<section\b[^>]*\bid="\d+"/g)?.length)).toEqual([2, 3, 1]);
  expect(html).toEqual(await Promise.all(decks.map((d) => deckToHtml(d))));
});

test('decksToHtml([]) renders nothing', async () => {
  expect(await decksToHtml([])).toEqual([]);
});
