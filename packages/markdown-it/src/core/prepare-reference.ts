import type { DiagramRef } from '@kubegram/content';
import type { LoadModelResult } from '@kubegram/content/fs';
import { REFERENCE_EXAMPLE } from './_examples.js';
import { checkSelection } from './check-selection.js';
import type { DiagramProblem, DiagramTheme, Prepared, SourcePoint } from './types.js';

/**
 * Checks a loaded diagram reference: the model's own problems (each with the model file's line
 * and column) and the view's highlight and node, all reported at the reference in the Markdown.
 */
export function prepareReference(ref: DiagramRef, loaded: LoadModelResult, at: SourcePoint, theme: DiagramTheme): Prepared {
  if (!loaded.ok) {
    const problems = loaded.errors.map((e): DiagramProblem => {
      const where = `${e.file}${e.line === undefined ? '' : `:${e.line}${e.column === undefined ? '' : `:${e.column}`}`}`;
      return { ...at, message: `the model ${where} has a problem${e.path === '' ? '' : ` at ${e.path}`}: ${e.message}`, example: REFERENCE_EXAMPLE };
    });
    return { ok: false, problems };
  }
  const selection = { view: ref.view, highlight: ref.highlight, ...(ref.node === undefined ? {} : { node: ref.node }) };
  const problems = checkSelection(loaded.cluster, selection, () => at, REFERENCE_EXAMPLE);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, request: { cluster: loaded.cluster, ...selection, theme } };
}
