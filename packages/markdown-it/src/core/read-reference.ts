import { findDiagramRefs, type DiagramRef } from '@kubegram/content';
import { REFERENCE_EXAMPLE } from './_examples.js';
import type { DiagramProblem, SourcePoint } from './types.js';

/** An image as the docs tool parsed it: alt text, path and title, all as plain text. */
export interface ImageParts {
  alt: string;
  src: string;
  title: string;
}

const PREFIX = /^\s*kubegram:/;

/**
 * Reads a `kubegram:` image reference with the grammar of `@kubegram/content`. `at` is where the
 * image starts in the Markdown file (`at.file` resolves relative model paths); `resolveModel`,
 * when given, decides where a model path as written points instead.
 */
export function readReference(
  image: ImageParts,
  at: SourcePoint,
  resolveModel?: (path: string, file: string) => string,
): { ok: true; ref: DiagramRef } | { ok: false; problems: DiagramProblem[] } {
  // The tool has already parsed the image; written back as one line of Markdown, it is read by
  // the same code that reads lessons, so the grammar and its messages are the same everywhere.
  const escape = (text: string, quote: string) => text.replace(/\\/g, '\\\\').replace(new RegExp(`[${quote}]`, 'g'), (c) => `\\${c}`);
  const line = `![${escape(image.alt, '\\[\\]')}](${image.src.replace(/\s/g, '%20')} "${escape(image.title.trim(), '"')}")`;
  const found = findDiagramRefs(line, at.file, at.line);
  const problems = found.errors.map((e): DiagramProblem => ({
    file: at.file,
    line: at.line,
    column: at.column + (e.column ?? 1) - 1,
    message: `${e.path.replace(/^diagrams\[\d+\]\.?/, '') || 'reference'}: ${e.message}`,
    example: REFERENCE_EXAMPLE,
  }));
  const ref = found.refs[0];
  if (problems.length > 0 || ref === undefined) {
    return { ok: false, problems: problems.length > 0 ? problems : [{ ...at, message: 'expected a diagram reference', example: REFERENCE_EXAMPLE }] };
  }
  if (resolveModel === undefined || ref.model.kind !== 'file') return { ok: true, ref };
  const written = image.title.trim().replace(PREFIX, '').trim().split(/\s+/)[0] ?? '';
  return { ok: true, ref: { ...ref, model: { kind: 'file', path: resolveModel(written.slice(0, written.lastIndexOf('#')), at.file) } } };
}
