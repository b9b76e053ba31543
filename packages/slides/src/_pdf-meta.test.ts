import { expect, test } from 'vitest';
import { convertDecks } from './_convert-decks.js';
import { pdfMetaRecorder, type PdfMeta } from './_pdf-meta.js';

const DECK = `---\nmarp: true\ntheme: kubegram\nsize: "16:9"\ntitle: "Nodes"\ndescription: "What a node is"\nauthor: "Ada"\nkeywords: "k8s, nodes"\n---\n\n# Nodes\n\n---\n\n## Kubelet\n\n<!-- The agent on every node. -->\n<!-- It starts the pods. -->\n`;

test('pdfMetaRecorder keeps, by Markdown, the notes, size and document information of the render marp-cli makes', async () => {
  const recorded = new Map<string, PdfMeta>();
  const [html] = await convertDecks([DECK], ['--template', 'bare'], pdfMetaRecorder(recorded));
  expect(html).toContain('<h2');
  expect(recorded.get(DECK)).toEqual({
    comments: [[], ['The agent on every node.', 'It starts the pods.']],
    width: 1280,
    height: 720,
    title: 'Nodes',
    description: 'What a node is',
    author: 'Ada',
    keywords: ['k8s', 'nodes'],
  });
});

test('pdfMetaRecorder takes the title from the first heading when the deck names none, as marp-cli does', async () => {
  const recorded = new Map<string, PdfMeta>();
  const deck = '---\nmarp: true\n---\n\n## Pods\n\n# Nodes\n';
  await convertDecks([deck], ['--template', 'bare'], pdfMetaRecorder(recorded));
  expect(recorded.get(deck)).toEqual({ comments: [[]], width: 1280, height: 720, title: 'Nodes' });
});
