import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { expect, test } from 'vitest';
import { addPdfNotes } from './_add-pdf-notes.js';

async function threePages(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 3; i++) doc.addPage([960, 540]);
  return doc.save();
}

const META = { comments: [['First.'], [], ['Second,', 'in two parts.']], width: 1280, height: 720, title: 'Nodes', description: 'What a node is', author: 'Ada', keywords: ['k8s', 'nodes'] };

// Each page's text notes, as a reader finds them.
function notes(doc: PDFDocument): string[][] {
  return doc.getPages().map((page) => {
    const annots = page.node.Annots();
    return (annots?.asArray() ?? []).map((ref) => {
      const note = doc.context.lookup(ref, PDFDict);
      expect(note.get(PDFName.of('Subtype'))).toBe(PDFName.of('Text'));
      return note.lookup(PDFName.of('Contents'), PDFHexString).decodeText();
    });
  });
}

test('addPdfNotes puts each slide\'s notes on its page as one text note, and none where a slide has none', async () => {
  const doc = await PDFDocument.load(await addPdfNotes(await threePages(), META, true));
  expect(notes(doc)).toEqual([['First.'], [], ['Second,\n\nin two parts.']]);
});

test('addPdfNotes writes the document information marp-cli writes, with or without notes', async () => {
  const doc = await PDFDocument.load(await addPdfNotes(await threePages(), META, false), { updateMetadata: false });
  expect(notes(doc)).toEqual([[], [], []]);
  expect([doc.getTitle(), doc.getSubject(), doc.getAuthor(), doc.getKeywords(), doc.getCreator(), doc.getProducer()]).toEqual(['Nodes', 'What a node is', 'Ada', 'k8s; nodes', 'Created by Marp', 'Created by Marp']);
});
