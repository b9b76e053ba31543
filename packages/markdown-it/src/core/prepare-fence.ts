import { FENCE_EXAMPLE } from './_examples.js';
import { checkSelection } from './check-selection.js';
import { parseFenceOptions } from './parse-fence-options.js';
import { parseInlineModel } from './parse-inline-model.js';
import type { DiagramTheme, Prepared, SourcePoint } from './types.js';

/** Where the parts of a `kubegram` fence start in the Markdown file. */
export interface FencePlaces {
  /** The opening fence line. */
  fence: SourcePoint;
  /** The options after `kubegram` on that line. */
  meta: SourcePoint;
  /** The first line of the YAML inside the fence. */
  body: SourcePoint;
}

/**
 * Reads a `kubegram` fence: its options and its YAML model, checked against each other. Every
 * problem points at the Markdown file's line and column.
 */
export function prepareFence(code: string, meta: string, places: FencePlaces, theme: DiagramTheme): Prepared {
  const options = parseFenceOptions(meta, places.meta);
  const model = parseInlineModel(code, places.body);
  if (!options.ok || !model.ok) return { ok: false, problems: [...(options.ok ? [] : options.problems), ...(model.ok ? [] : model.problems)] };
  const { view, highlight, node } = options.options;
  const selection = { view, highlight, ...(node === undefined ? {} : { node }) };
  const problems = checkSelection(model.cluster, selection, (option) => {
    const found = meta.search(new RegExp(`(?:^|\\s)${option}=`));
    return found < 0 ? places.meta : { ...places.meta, column: places.meta.column + found + (found === 0 ? 0 : 1) };
  }, FENCE_EXAMPLE);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, request: { cluster: model.cluster, ...selection, theme: options.options.theme ?? theme } };
}
