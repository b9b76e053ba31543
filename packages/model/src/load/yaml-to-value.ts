import { isAlias, isCollection, isMap, isNode, isPair, type Document, type LineCounter, type Node as YamlNode } from 'yaml';
import type { YamlProblem, YamlValueResult } from './types.js';

/** Uses of anchored nodes allowed, as the yaml library counts them: enough for any real model. */
export const MAX_ALIAS_COUNT = 1000;
/** Nesting allowed; a cluster model needs about ten levels (`nodes[0].pods[0].containers[0].requests.cpu`). */
export const MAX_DEPTH = 64;

const SHARED_EXAMPLE = 'such as "labels: &team { team: web }" and later "labels: *team"';

/**
 * Builds the plain value of a parsed YAML document (one with no syntax errors) safely: an alias
 * with no anchor before it, an alias inside the node it names, nesting deeper than `MAX_DEPTH`
 * and aliases that multiply the document past `MAX_ALIAS_COUNT` ("billion laughs") come back as
 * problems at their line and column instead of exceptions. Never throws.
 */
export function yamlToValue(doc: Document, lines: LineCounter): YamlValueResult {
  const at = (node: unknown) => {
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const problem = (node: unknown, code: string, message: string): YamlProblem => ({ path: '', severity: 'error', code: `yaml/${code}`, message, ...at(node) });
  try {
    const walk = walkTree(doc.contents);
    const problems: YamlProblem[] = [];
    for (const alias of walk.unknown) {
      const name = alias.source;
      problems.push(
        problem(alias, 'unknown-alias', `unknown alias "*${name}": no anchor "&${name}" comes before it; expected an alias to a node anchored above it, such as "base: &${name} { team: web }" and later "labels: *${name}", or quotes if "*${name}" is text: "*${name}"`),
      );
    }
    for (const { alias, target } of walk.cycles) {
      const anchor = at(target);
      problems.push(
        problem(alias, 'alias-cycle', `alias "*${alias.source}" is inside the node its anchor "&${alias.source}" names (at ${anchor.line}:${anchor.column}), which would make it endlessly deep; expected an alias to a node that ends before it, ${SHARED_EXAMPLE}`),
      );
    }
    if (walk.tooDeep) {
      problems.push(problem(walk.tooDeep, 'too-deep', `the document nests deeper than ${MAX_DEPTH} levels here; expected a cluster model, which needs about ten (nodes[0].pods[0].containers[0].requests.cpu)`));
    }
    if (problems.length > 0) return { ok: false, problems };
    try {
      return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    } catch (cause) {
      if (!(cause instanceof ReferenceError) || !/alias count/i.test(cause.message)) throw cause;
      const alias = walk.largest;
      const name = alias ? `"*${alias.source}"` : 'aliases';
      return {
        ok: false,
        problems: [
          problem(alias, 'too-many-aliases', `aliases repeat anchored nodes more than ${MAX_ALIAS_COUNT} times over, as in a "billion laughs" attack; the largest is ${name} here, an alias of a node that holds aliases itself; expected each alias to name a small shared part used a few times, ${SHARED_EXAMPLE}`),
        ],
      };
    }
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, problems: [problem(doc.contents, 'unreadable', `could not read the YAML document: ${message}; expected plain maps, lists and values, such as "id: demo"`)] };
  }
}

interface Walk {
  /** Aliases with no anchor of their name before them. */
  unknown: { source: string; range?: YamlNode['range'] }[];
  /** Aliases inside the very node their anchor names. */
  cycles: { alias: { source: string; range?: YamlNode['range'] }; target: YamlNode }[];
  /** The first collection nested deeper than MAX_DEPTH. */
  tooDeep?: YamlNode;
  /** The alias whose target expands to the most nodes, where a "billion laughs" is best shown. */
  largest?: { source: string; range?: YamlNode['range'] };
}

/**
 * One pass over the node tree in document order, without following aliases (so a hostile
 * document costs no more than its size): resolves each alias to the last anchor of its name
 * before it, as the yaml library does, and counts how many nodes each node expands to.
 */
function walkTree(root: unknown): Walk {
  const walk: Walk = { unknown: [], cycles: [] };
  const anchors = new Map<string, YamlNode>();
  const open = new Set<unknown>();
  const size = new Map<unknown, number>();
  const aliasTarget = new Map<unknown, YamlNode>();
  let largest = 0;
  const sizeOf = (n: unknown): number => (isAlias(n) ? (size.get(aliasTarget.get(n)) ?? 1) : (size.get(n) ?? 1));
  const childrenOf = (n: unknown): unknown[] =>
    isCollection(n) ? (isMap(n) ? n.items.flatMap((pair) => (isPair(pair) ? [pair.key, pair.value] : [pair])) : n.items) : [];
  const stack: { node: unknown; depth: number; leaving?: true }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth, leaving } = stack.pop()!;
    if (leaving) {
      open.delete(node);
      // Capped so that the sizes of an exponential document stay finite numbers.
      size.set(node, Math.min(1 + childrenOf(node).reduce<number>((sum, c) => sum + sizeOf(c), 0), Number.MAX_SAFE_INTEGER));
      continue;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) walk.unknown.push(node);
      else if (open.has(target)) walk.cycles.push({ alias: node, target });
      else {
        aliasTarget.set(node, target);
        if (sizeOf(node) > largest) [largest, walk.largest] = [sizeOf(node), node];
      }
      continue;
    }
    if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
    if (!isCollection(node)) continue;
    if (depth > MAX_DEPTH) {
      walk.tooDeep ??= node;
      continue;
    }
    open.add(node);
    stack.push({ node, depth, leaving: true });
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
  }
  return walk;
}
