import { parseCluster } from '@kubegram/model';
import { parseClusterText, yamlToValue, type LoadResult } from '@kubegram/model/yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node as YamlNode } from 'yaml';

/** How long each stage of loading one text took, in milliseconds. */
export interface LoadTimes {
  /** Text to a plain value: YAML parsed, or the last value with one scalar changed. */
  parse: number;
  /** Plain value to a checked cluster. */
  validate: number;
}

/** A model text's load result, as `parseClusterText` gives it, how long it took, and whether the last text's parse was reused. */
export type LoadedModel = LoadResult & { times: LoadTimes; patched: boolean };

/** Loads model texts one after another, each usually the last one with a keystroke's change. */
export type ModelLoader = (text: string) => LoadedModel;

// A scalar of the last text that sits alone on its line, where a keystroke can change its value
// without changing the shape of the document: its place in the text and in the plain value.
interface ScalarSite {
  start: number;
  end: number;
  path: readonly (string | number)[];
}

interface Memory {
  text: string;
  value: unknown;
  sites: ScalarSite[];
}

const OPTIONS = { prettyErrors: false, uniqueKeys: true } as const;
const ONE_LINE = new Set<unknown>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);

/**
 * A loader that answers exactly as `parseClusterText(text, file)` does, faster while someone types:
 * when the new text differs from the last one inside a single one-line scalar (a label, an image,
 * a number), it changes that value in the last plain value instead of parsing the YAML again, then
 * validates as usual. Anything else, and any text with problems or warnings, is parsed afresh.
 */
export function createModelLoader(file: string): ModelLoader {
  let memory: Memory | undefined;
  return (text) => {
    const t0 = performance.now();
    const patched = memory && patchScalar(memory, text);
    if (patched) {
      const t1 = performance.now();
      const checked = parseCluster(patched.value);
      const t2 = performance.now();
      if (checked.ok && checked.warnings.length === 0) {
        memory = patched;
        return { ok: true, file, cluster: checked.cluster, warnings: [], times: { parse: t1 - t0, validate: t2 - t1 }, patched: true };
      }
    }
    // A change the last parse could not take is timed with the parse that follows, as one.
    memory = undefined;
    const lines = new LineCounter();
    const doc = parseDocument(text, { ...OPTIONS, lineCounter: lines });
    const built = doc.errors.length === 0 ? yamlToValue(doc, lines) : undefined;
    const t2 = performance.now();
    const checked = built?.ok ? parseCluster(built.value) : undefined;
    const t3 = performance.now();
    if (built?.ok && checked?.ok && checked.warnings.length === 0) {
      memory = { text, value: built.value, sites: scalarSites(doc.contents, text) };
      return { ok: true, file, cluster: checked.cluster, warnings: [], times: { parse: t2 - t0, validate: t3 - t2 }, patched: false };
    }
    // Problems are located in the text by the model's own loader, which says them as every tool does.
    const located = parseClusterText(text, file);
    return { ...located, times: { parse: t2 - t0 + (performance.now() - t3), validate: t3 - t2 }, patched: false };
  };
}

// The scalars a keystroke may change in place: one-line plain or quoted values of block maps and
// block lists, with no anchor or tag. A document with an alias has none, as its value repeats nodes.
function scalarSites(root: unknown, text: string): ScalarSite[] {
  const sites: ScalarSite[] = [];
  let aliased = false;
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (isAlias(node)) aliased = true;
    else if (isMap(node) && !node.flow) {
      for (const { key, value } of node.items) {
        if (isAlias(key) || isAlias(value)) aliased = true;
        else if (isScalar(key) && typeof key.value === 'string') take(value, [...path, key.value]);
      }
    } else if (isSeq(node) && !node.flow) node.items.forEach((item, i) => take(item, [...path, i]));
  };
  const take = (node: unknown, path: (string | number)[]) => {
    if (!isScalar(node)) return visit(node, path);
    const [start, end] = node.range ?? [0, 0];
    if (!ONE_LINE.has(node.type) || node.anchor || node.tag || end <= start || start === 0 || text[start - 1] === '\n' || /[\r\n]/.test(text.slice(start, end))) return;
    sites.push({ start, end, path });
  };
  visit(root as YamlNode, []);
  return aliased ? [] : sites;
}

// The last memory with one scalar's new value, when `text` differs from its text only inside that scalar.
function patchScalar(memory: Memory, text: string): Memory | undefined {
  const before = memory.text;
  const max = Math.min(before.length, text.length);
  let head = 0;
  while (head < max && before.charCodeAt(head) === text.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && before.charCodeAt(before.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  if (head === max && before.length === text.length) return memory;
  const cut = before.length - tail;
  if (/[\r\n]/.test(before.slice(head, cut)) || /[\r\n]/.test(text.slice(head, text.length - tail))) return undefined;
  const index = siteAt(memory.sites, head);
  const site = memory.sites[index];
  if (!site || site.start > head || site.end < cut) return undefined;
  const delta = text.length - before.length;
  const source = text.slice(site.start, site.end + delta);
  const value = scalarValue(source);
  if (value === undefined) return undefined;
  const sites = memory.sites.slice();
  for (let i = index; i < sites.length; i++) sites[i] = i === index ? { ...site, end: site.end + delta } : { ...sites[i]!, start: sites[i]!.start + delta, end: sites[i]!.end + delta };
  return { text, value: setAt(memory.value, site.path, 0, value.is), sites };
}

// The last site that starts at or before `offset`.
function siteAt(sites: readonly ScalarSite[], offset: number): number {
  let [lo, hi] = [0, sites.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sites[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// What a one-line scalar's source means where a block map's value stands, when it is still one
// plain or quoted scalar there, nothing more (no comment, anchor, tag, block scalar or nested map).
function scalarValue(source: string): { is: unknown } | undefined {
  if (source.trim() !== source || source === '') return undefined;
  const doc = parseDocument(`k: ${source}`, OPTIONS);
  const pair = isMap(doc.contents) && doc.contents.items.length === 1 ? doc.contents.items[0] : undefined;
  const node = pair?.value;
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isScalar(node) || !ONE_LINE.has(node.type) || node.anchor || node.tag || node.comment) return undefined;
  if (node.range?.[0] !== 3 || node.range[1] !== 3 + source.length) return undefined;
  return { is: node.toJSON() };
}

// A copy of `value` with the leaf at `path` replaced, sharing every part off the path.
function setAt(value: unknown, path: readonly (string | number)[], depth: number, leaf: unknown): unknown {
  if (depth === path.length) return leaf;
  const key = path[depth]!;
  if (Array.isArray(value)) return value.map((item, i) => (i === key ? setAt(item, path, depth + 1, leaf) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [key]: setAt(record[key], path, depth + 1, leaf) };
}
