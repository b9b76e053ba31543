import { VIEW_NAMES, type ViewName } from '@kubegram/model';
import { FENCE_EXAMPLE } from './_examples.js';
import { themes } from '@kubegram/diagram';
import type { DiagramProblem, DiagramTheme, SourcePoint } from './types.js';

/** The options written after `kubegram` on a fence's opening line. */
export interface FenceOptions {
  view: ViewName;
  highlight: string[];
  theme?: DiagramTheme;
  node?: string;
}

type Key = 'view' | 'highlight' | 'theme' | 'node';

// One reader per option: a new option is one line here.
const READERS: Record<Key, (value: string, into: FenceOptions) => string | undefined> = {
  view: (value, into) => {
    if (!(VIEW_NAMES as readonly string[]).includes(value)) return `unknown view "${value}": expected one of ${VIEW_NAMES.join(', ')}`;
    into.view = value as ViewName;
    return undefined;
  },
  highlight: (value, into) => {
    const ids = value.split(',');
    if (ids.some((id) => id === '')) return `expected element ids separated by commas, such as "highlight=cp-apiserver,w1-kubelet", got "highlight=${value}"`;
    into.highlight = ids;
    return undefined;
  },
  theme: (value, into) => {
    if (!Object.hasOwn(themes, value) && value !== 'auto') return `unknown theme "${value}": expected one of ${[...Object.keys(themes), 'auto'].join(', ')}`;
    into.theme = value as DiagramTheme;
    return undefined;
  },
  node: (value, into) => {
    if (value.includes(',')) return `expected one node id, such as "node=w1", got "node=${value}"`;
    into.node = value;
    return undefined;
  },
};

/**
 * Reads the options of a `kubegram` fence (`view=worker highlight=a,b theme=dark node=w1`); `meta`
 * is the text after the language and `at` is where it starts in the Markdown file.
 */
export function parseFenceOptions(meta: string, at: SourcePoint): { ok: true; options: FenceOptions } | { ok: false; problems: DiagramProblem[] } {
  const options: FenceOptions = { view: 'overview', highlight: [] };
  const problems: DiagramProblem[] = [];
  const seen = new Set<string>();
  for (const word of meta.matchAll(/\S+/g)) {
    const text = word[0];
    const fail = (message: string) => problems.push({ file: at.file, line: at.line, column: at.column + (word.index ?? 0), message, example: FENCE_EXAMPLE });
    const eq = text.indexOf('=');
    const key = eq < 0 ? text : text.slice(0, eq);
    const value = eq < 0 ? '' : text.slice(eq + 1);
    if (!Object.hasOwn(READERS, key)) {
      fail(`unknown option "${key}" on the kubegram fence: expected ${Object.keys(READERS).map((k) => `${k}=…`).join(', ')}`);
      continue;
    }
    if (seen.has(key)) {
      fail(`option "${key}" is given twice on the kubegram fence: expected it at most once`);
      continue;
    }
    seen.add(key);
    if (value === '') {
      fail(`option "${key}" has no value: expected "${key}=…"`);
      continue;
    }
    const problem = READERS[key as Key](value, options);
    if (problem !== undefined) fail(problem);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}
