import type { PdfMeta } from './_pdf-meta.js';

// What marp-cli writes as the PDF's creator and producer.
const CREATOR = 'Created by Marp';

/**
 * A printed deck with its document information and, with `notes`, each slide's speaker notes as a
 * closed note on its page: the same objects marp-cli adds, so readers show the same notes.
 */
export async function addPdfNotes(pdf: Uint8Array, meta: PdfMeta, notes: boolean): Promise<Uint8Array> {
  // Loaded on the first PDF: most builds print none.
  const { PDFDocument, PDFHexString, PDFString } = await import('pdf-lib');
  // pdf-lib's own stamp would be overwritten below: creator, producer and both dates.
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const now = new Date();
  doc.setCreator(CREATOR);
  doc.setProducer(CREATOR);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  if (meta.title) doc.setTitle(meta.title);
  if (meta.description) doc.setSubject(meta.description);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.keywords) doc.setKeywords([meta.keywords.join('; ')]);
  if (notes) {
    for (const [i, page] of doc.getPages().entries()) {
      const text = (meta.comments[i] ?? []).join('\n\n');
      if (!text) continue;
      const note = doc.context.obj({
        Type: 'Annot',
        Subtype: 'Text',
        Rect: [0, 20, 20, 20],
        Contents: PDFHexString.fromText(text),
        T: meta.author ? PDFHexString.fromText(meta.author) : undefined,
        Name: 'Note',
        Subj: PDFString.of('Note'),
        C: [1, 0.92, 0.42],
        CA: 0.25,
      });
      page.node.addAnnot(doc.context.register(note));
    }
  }
  return doc.save();
}
