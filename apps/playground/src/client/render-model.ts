import { toSvg, type SvgOptions } from '@kubegram/diagram';
import { elementsOf, type Cluster } from '@kubegram/model';
import { parseClusterText, type FileProblem } from '@kubegram/model/yaml';
import type { ModelLoader } from './create-model-loader.ts';
import { resolveTheme } from './resolve-theme.ts';
import type { Settings } from './types.ts';

/** How long each stage of one redraw took, in milliseconds. */
export interface RenderTimes {
  /** YAML to a plain value. */
  parse: number;
  /** Plain value to a checked cluster. */
  validate: number;
  /** Cluster to SVG text: layout and render. */
  draw: number;
}

/** What one redraw gives: the picture, or the problems that keep the model from being drawn. */
export type RenderOutcome =
  | { ok: true; cluster: Cluster; svg: string; options: SvgOptions; warnings: FileProblem[]; times: RenderTimes }
  | { ok: false; problems: FileProblem[]; warnings: FileProblem[]; cluster?: Cluster; times: RenderTimes };

/** The name problems in the editor's text are reported against. */
export const MODEL_FILE = 'model.yaml';

/** The `toSvg` options for a cluster and the page's settings. */
export function svgOptions(cluster: Cluster, settings: Settings, prefersDark: boolean): SvgOptions {
  const known = settings.highlight !== '' && hasElement(cluster, settings.highlight);
  return {
    view: settings.view,
    theme: resolveTheme(settings.theme, prefersDark),
    fit: settings.fit,
    ...(settings.detail === 'every-pod' ? { collapsePods: false } : {}),
    ...(known ? { highlight: [settings.highlight] } : {}),
  };
}

// Without a loader that remembers the last text, each text is parsed afresh and timed as a whole.
const loadAfresh: ModelLoader = (text) => {
  const t0 = performance.now();
  return { ...parseClusterText(text, MODEL_FILE), times: { parse: performance.now() - t0, validate: 0 }, patched: false };
};

/**
 * Checks the model text and draws it with the settings. Never throws: a model that does not load,
 * or a view that cannot be drawn for it, comes back as problems with their line and column. A
 * loader made by `createModelLoader` reads a keystroke's change faster than a fresh parse.
 */
export function renderModel(text: string, settings: Settings, prefersDark: boolean, load: ModelLoader = loadAfresh): RenderOutcome {
  const loaded = load(text);
  const { parse, validate } = loaded.times;
  const t1 = performance.now();
  if (!loaded.ok) return { ok: false, problems: loaded.errors, warnings: loaded.warnings, times: { parse, validate, draw: 0 } };
  const options = svgOptions(loaded.cluster, settings, prefersDark);
  try {
    const svg = toSvg(loaded.cluster, options);
    return { ok: true, cluster: loaded.cluster, svg, options, warnings: loaded.warnings, times: { parse, validate, draw: performance.now() - t1 } };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const problem: FileProblem = { file: MODEL_FILE, path: '', line: 1, column: 1, code: 'draw', severity: 'error', message: `the ${settings.view} view cannot be drawn for this model: ${message}; expected a model with what the view shows, or pick another view` };
    return { ok: false, problems: [problem], warnings: loaded.warnings, cluster: loaded.cluster, times: { parse, validate, draw: performance.now() - t1 } };
  }
}

function hasElement(cluster: Cluster, id: string): boolean {
  return elementsOf(cluster).some((e) => e.id === id);
}
