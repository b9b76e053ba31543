import { expect, test } from 'vitest';
import { convertDecks } from './_convert-decks.js';
import { printDeckRecorder, type PrintDeck } from './_pdf-meta.js';

const DECK = `---\nmarp: true\ntheme: kubegram\nsize: "16:9"\ntitle: "Nodes"\ndescription: "What a node is"\nauthor: "Ada"\nkeywords: "k8s, nodes"\n---\n\n# Nodes\n\n---\n\n## Kubelet\n\n<!-- The agent on every node. -->\n<!-- It starts the pods. -->\n`;

async function record(deck: string, args: string[]): Promise<{ html: string; recorded: Map<string, PrintDeck> }> {
  const recorded = new Map<string, PrintDeck>();
  const [html] = await convertDecks([deck], args, printDeckRecorder((markdown, d) => recorded.set(markdown, d)));
  return { html: html!, recorded };
}

test('printDeckRecorder hands on, by Markdown, the notes, size and document information of the render marp-cli makes', async () => {
  const { html, recorded } = await record(DECK, ['--template', 'bare']);
  expect(html).toContain('<h2');
  expect(recorded.get(DECK)?.meta).toEqual({
    comments: [[], ['The agent on every node.', 'It starts the pods.']],
    width: 1280,
    height: 720,
    title: 'Nodes',
    description: 'What a node is',
    author: 'Ada',
    keywords: ['k8s', 'nodes'],
  });
});

test('printDeckRecorder takes the title from the first heading when the deck names none, as marp-cli does', async () => {
  const deck = '---\nmarp: true\n---\n\n## Pods\n\n# Nodes\n';
  const { recorded } = await record(deck, ['--template', 'bare']);
  expect(recorded.get(deck)?.meta).toEqual({ comments: [[]], width: 1280, height: 720, title: 'Nodes' });
});

// What the page is made of between two tags.
const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to) + to.length);

test('printDeckRecorder makes the page marp-cli\'s bare template prints: the same slides and styles, its language and title', async () => {
  const { html, recorded } = await record(DECK, ['--template', 'bare']);
  const page = recorded.get(DECK)!.page;
  expect(between(page, '<body>', '</body>')).toBe(between(html, '<body>', '</body>'));
  const styles = (h: string) => [...h.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  expect(styles(page)).toEqual(styles(html));
  expect(page).toMatch(/^<!DOCTYPE html><html lang="[^"]+"><head><title>Nodes<\/title>/);
  expect(html.slice(0, page.indexOf('<head>'))).toBe(page.slice(0, page.indexOf('<head>')));
});

test('printDeckRecorder makes the same page to print from the bespoke render as from the bare one', async () => {
  const bare = (await record(DECK, ['--template', 'bare'])).recorded.get(DECK)!;
  const bespoke = (await record(DECK, ['--template', 'bespoke', '--bespoke.progress=true'])).recorded.get(DECK)!;
  expect(bespoke.page).not.toContain(':$p');
  expect(bespoke).toEqual(bare);
});
