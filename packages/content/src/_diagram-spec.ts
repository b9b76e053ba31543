import { presets, VIEW_NAMES, type PresetName, type ViewName } from '@kubegram/model';
import type { DiagramModel } from './types.js';
import { resolvePath } from './_path.js';
import { MODEL_EXTENSIONS } from './model-extensions.js';
const OPTIONS = ['highlight', 'tour', 'node'] as const;
const NODE_VIEWS: readonly ViewName[] = ['control-plane', 'worker'];
const EXAMPLE = 'such as "kubegram: ../models/course.ts#overview highlight=control-plane-apiserver"';

/** The parts of a `kubegram:` title, or the problems that keep it from being one. */
export type DiagramSpec =
  | { ok: true; model: DiagramModel; view: ViewName; highlight: string[]; tour?: 'auto' | string[]; node?: string }
  | { ok: false; problems: { path: string; message: string }[] };

/** Reads the text after `kubegram:` in an image title; `folder` is the lesson's folder. */
export function parseDiagramSpec(spec: string, folder: string): DiagramSpec {
  const problems: { path: string; message: string }[] = [];
  const fail = (path: string, message: string) => problems.push({ path, message });
  const [target = '', ...options] = spec.trim().split(/\s+/).filter((s) => s !== '');
  if (target === '') return { ok: false, problems: [{ path: 'model', message: `expected a model and a view after "kubegram:", ${EXAMPLE}` }] };

  const hash = target.lastIndexOf('#');
  const modelText = hash < 0 ? target : target.slice(0, hash);
  const viewText = hash < 0 ? '' : target.slice(hash + 1);
  let model: DiagramModel | undefined;
  if (modelText === '') fail('model', `missing the model before "#${viewText}": expected a path relative to the lesson or preset:<name>, ${EXAMPLE}`);
  else if (modelText.startsWith('preset:')) {
    const name = modelText.slice('preset:'.length);
    if (Object.hasOwn(presets, name)) model = { kind: 'preset', name: name as PresetName };
    else fail('model', `unknown preset "${name}": expected one of ${Object.keys(presets).map((p) => `preset:${p}`).join(', ')}`);
  } else if (!MODEL_EXTENSIONS.some((ext) => modelText.toLowerCase().endsWith(ext))) {
    fail('model', `expected the model "${modelText}" to be a TypeScript or JavaScript module or a YAML or JSON file (${MODEL_EXTENSIONS.join(', ')})`);
  } else model = { kind: 'file', path: resolvePath(folder, modelText) };

  let view: ViewName | undefined;
  if (hash < 0) fail('view', `missing the view: expected "${target}#<view>" with a view among ${VIEW_NAMES.join(', ')}, ${EXAMPLE}`);
  else if ((VIEW_NAMES as readonly string[]).includes(viewText)) view = viewText as ViewName;
  else fail('view', `unknown view "${viewText}": expected one of ${VIEW_NAMES.join(', ')}`);

  const seen = new Set<string>();
  let highlight: string[] = [];
  let tour: 'auto' | string[] | undefined;
  let node: string | undefined;
  for (const option of options) {
    const eq = option.indexOf('=');
    const key = eq < 0 ? option : option.slice(0, eq);
    const value = eq < 0 ? '' : option.slice(eq + 1);
    const path = `options.${key}`;
    if (!(OPTIONS as readonly string[]).includes(key)) {
      fail(path, `unknown option "${key}": expected ${OPTIONS.map((o) => `${o}=…`).join(', ')} (such as "highlight=control-plane-apiserver,control-plane-etcd")`);
      continue;
    }
    if (seen.has(key)) {
      fail(path, `option "${key}" is given twice: expected it at most once`);
      continue;
    }
    seen.add(key);
    const ids = value.split(',');
    if (eq < 0 || value === '' || ids.some((id) => id === '')) {
      const expected = key === 'node' ? 'a node id, such as "node=worker-1"' : key === 'tour' ? '"tour=auto" or element ids, such as "tour=worker-1-kubelet,worker-1-kube-proxy"' : 'element ids separated by commas, such as "highlight=control-plane-apiserver,control-plane-etcd"';
      fail(path, `expected ${expected}, got "${option}"`);
      continue;
    }
    if (key === 'highlight') highlight = ids;
    else if (key === 'tour') tour = value === 'auto' ? 'auto' : ids;
    else if (ids.length > 1) fail(path, `expected one node id, got "${value}"`);
    else if (view !== undefined && !NODE_VIEWS.includes(view)) fail(path, `"node=" picks the node of a ${NODE_VIEWS.join(' or ')} view, not of the ${view} view`);
    else node = value;
  }
  if (problems.length > 0 || model === undefined || view === undefined) return { ok: false, problems };
  return { ok: true, model, view, highlight, ...(tour === undefined ? {} : { tour }), ...(node === undefined ? {} : { node }) };
}
