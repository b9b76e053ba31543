import type { ResolvedRelation, ViewSelection } from '@kubegram/model';
import { indexBoxes, releaseIndex, routeEdges, type BoxIndex } from '../../layout/_route.js';
import type { Measured } from '../../layout/_text.js';
import type { LayoutBox } from '../../layout/types.js';
import type { BodyOptions, LayoutBody } from '../types.js';
import { placeCluster } from './_place-cluster.js';
import { placeOutside, placeOutsideBelow } from './_outside.js';
import { channelsOf } from './_route-hints.js';
import { routeRequests } from './_route-requests.js';
import { OUTSIDE } from './_spacing.js';
import { NODE_KINDS } from './_kinds.js';
import { knownLevel } from './_level-tree.js';
import { buildTree, type TreeFacts, type TreeOptions, type WorkTree } from './_tree.js';
import { rewrap, size, toBox } from './_work.js';

/** Lays out a structure view: the cluster with its nodes in fixed slots, the outside world at its edges. */
export function layoutStructure(sel: ViewSelection, opts: BodyOptions): LayoutBody {
  const { icons } = opts;
  const shape = opts.shape ?? {};
  const below = shape.outsideBelow === true;
  const { root: cluster, all, hidden, alias, folded } = treeFor(sel, opts);
  const actors = all.filter((w) => w.parent === undefined && w !== cluster);
  for (const a of actors) size(a, icons);
  // Drawn tight, kubectl joins the others on the right: the picture loses a column for a frame short of width.
  const tight = shape.tight === true;
  const kubectl = tight ? [] : actors.filter((a) => a.kind === 'kubectl');
  const right = tight ? [...actors.filter((a) => a.kind === 'kubectl'), ...actors.filter((a) => a.kind !== 'kubectl')] : actors.filter((a) => a.kind !== 'kubectl');
  const leftW = kubectl.length > 0 && !below ? Math.max(...kubectl.map((a) => a.w)) + OUTSIDE.gap : 0;
  const sideW = below ? 0 : Math.max(0, ...actors.map((a) => a.w));
  const level = knownLevel(cluster, opts.built, shape.detail ?? 0);
  const plan = placeCluster(cluster, OUTSIDE.margin + leftW, sideW, icons, opts.aspect, sel.view.scope === 'worker-node', shape.foldRows === true, tight, shape.podsStacked === true, level);
  if (below) placeOutsideBelow(cluster, kubectl, right);
  else placeOutside(cluster, kubectl, right, plan, (kind) => all.find((w) => w.kind === kind && !hidden.has(w.id)));

  const maxRight = Math.max(plan.clusterRight, ...right.map((a) => a.x + a.w));
  const maxBottom = Math.max(cluster.y + cluster.h, ...actors.map((a) => a.y + a.h));
  const width = Math.ceil(maxRight + OUTSIDE.margin);
  const height = Math.ceil(maxBottom + OUTSIDE.margin);
  const boxes: LayoutBox[] = [];
  for (let i = 0; i < all.length; i++) if (hidden.size === 0 || !hidden.has(all[i]!.id)) boxes.push(toBox(all[i]!, icons));
  // Written field by field: spreading optional fields in, or adding the edges after a spread, takes V8's slow path.
  const body: LayoutBody = { diagram: 'structure', width, height, boxes, edges: [], steps: [], lifelines: [], cycles: [], notes: [] };
  if (folded.length > 0) body.folded = folded;
  const drawnAs = drawnAsOf(sel.elements, alias);
  if (drawnAs !== undefined) body.drawnAs = drawnAs;
  // Routing reads the boxes, the plan's numbers and the cluster's box as placed, never the working tree
  // a later shape of the same fit re-sizes and re-places.
  const clusterBox = { x: cluster.x, y: cluster.y, h: cluster.h };
  const route = () => {
    const index = indexBoxes(boxes, { x: 0, y: 0, w: width, h: height });
    const relations = alias.size === 0 ? sel.relations : foldRelations(sel.relations, alias, (from, to) => nested(index, from, to));
    try {
      return routeEdges(index, routeRequests(relations, index, channelsOf(plan, clusterBox, index)));
    } finally {
      releaseIndex(index);
    }
  };
  if (opts.measureOnly) body.routeLater = route;
  else body.edges = route();
  return body;
}

/**
 * The working tree of a layout's shape: built, or the one an earlier shape of the same fit built at
 * the same detail, its labels measured again at this shape's wrap (sizing and placing set every
 * size and place again, from the labels).
 */
export function treeFor(sel: ViewSelection, opts: BodyOptions): WorkTree {
  if (opts.built === undefined) return buildTree(sel, opts.collapsePods, treeOptions(opts));
  const wrap = opts.shape?.wrap;
  const detail = opts.shape?.detail ?? 0;
  const key = TREE_KEYS[detail] ?? `structure-tree\u0000${detail}`;
  let found = opts.built.get(key) as SharedTree | undefined;
  if (found === undefined) {
    const built = buildTree(sel, opts.collapsePods, treeOptions(opts));
    opts.built.set(key, (found = { tree: built, wrap, texts: new Map<number | undefined, Measured[]>().set(wrap, textsOf(built)) }));
  } else if (found.wrap !== wrap) {
    found.wrap = wrap;
    // The shapes of a fit go back and forth between a few wraps: each wrap's labels are kept in tree order.
    const texts = found.texts.get(wrap);
    if (texts === undefined) {
      rewrap(found.tree, opts.measures ?? new Map(), wrap);
      found.texts.set(wrap, textsOf(found.tree));
    } else {
      const all = found.tree.all;
      for (let i = 0; i < all.length; i++) all[i]!.text = texts[i]!;
    }
  }
  return found.tree;
}

/** The working tree a fit has built at a detail, its labels as its last shape measured them; undefined when none is built. */
export function builtTree(opts: Pick<BodyOptions, 'built'>, detail: number): WorkTree | undefined {
  return (opts.built?.get(TREE_KEYS[detail] ?? `structure-tree\u0000${detail}`) as SharedTree | undefined)?.tree;
}

// The keys of each level's tree, made once: see `LEVEL_KEYS` in `_level-tree.ts`.
const TREE_KEYS = [0, 1, 2, 3, 4].map((d) => `structure-tree\u0000${d}`);

/** A working tree one fit's shapes share, the wrap its labels are measured at, and its labels at each wrap met so far. */
interface SharedTree {
  tree: WorkTree;
  wrap: number | undefined;
  texts: Map<number | undefined, Measured[]>;
}

const textsOf = (tree: WorkTree): Measured[] => tree.all.map((w) => w.text);

/** The tree options of a layout's shape. */
export function treeOptions(opts: BodyOptions): TreeOptions {
  // Field by field, without spreading throwaway objects: a fit asks for every shape it bounds.
  const shape = opts.shape;
  const out: TreeOptions = {};
  if (shape?.detail !== undefined) out.detail = shape.detail;
  if (shape?.wrap !== undefined) out.wrap = shape.wrap;
  if (opts.measures) out.measures = opts.measures;
  if (opts.unlistedPods) out.unlistedPods = opts.unlistedPods;
  if (opts.built) out.facts = sharedFacts(opts.built);
  return out;
}

/**
 * The relations of folded elements moved to the ancestor drawn in their place (`alias`): one per
 * pair of ends, in order, none from a box to itself, and, with `nested`, none moved onto a box
 * that holds its other end or sits in it (a kube-proxy folded into its node, to the node's pods):
 * an arrow from a box into its own contents shows nothing its nesting does not.
 */
export function foldRelations(relations: readonly ResolvedRelation[], alias: ReadonlyMap<string, string>, nested?: (from: string, to: string) => boolean): ResolvedRelation[] {
  const out: ResolvedRelation[] = [];
  // A short list is checked against the relations kept so far; a long one against the ends met, by
  // where they start (a map grown entry by entry costs more than scanning a few dozen relations).
  const seen = relations.length > FEW ? new Map<string, string | Set<string>>() : undefined;
  for (const r of relations) {
    const from = alias.get(r.from) ?? r.from;
    const to = alias.get(r.to) ?? r.to;
    const moved = from !== r.from || to !== r.to;
    if (from === to || (moved && nested?.(from, to) === true) || (seen === undefined ? keptAlready(out, from, to) : metBefore(seen, from, to))) continue;
    out.push(moved ? { ...r, from, to } : r);
  }
  return out;
}

const FEW = 32;

// Whether one of two boxes holds the other.
function nested(index: BoxIndex, a: string, b: string): boolean {
  const k = index.at.get(a);
  const m = index.at.get(b);
  if (k === undefined || m === undefined) return false;
  for (let j = index.parent[k]!; j >= 0; j = index.parent[j]!) if (j === m) return true;
  for (let j = index.parent[m]!; j >= 0; j = index.parent[j]!) if (j === k) return true;
  return false;
}

function keptAlready(out: readonly ResolvedRelation[], from: string, to: string): boolean {
  for (let i = 0; i < out.length; i++) if (out[i]!.from === from && out[i]!.to === to) return true;
  return false;
}

// Whether the pair was met, noting it if not. Ids are looked up as they are, where a key joined
// from both was a new string to hash for every relation. Most boxes start one edge: its end is
// kept alone, and a set is made only for a box that starts a second.
function metBefore(seen: Map<string, string | Set<string>>, from: string, to: string): boolean {
  const tos = seen.get(from);
  if (tos === undefined) {
    seen.set(from, to);
    return false;
  }
  if (typeof tos === 'string') {
    if (tos === to) return true;
    seen.set(from, new Set<string>().add(tos).add(to));
    return false;
  }
  if (tos.has(to)) return true;
  tos.add(to);
  return false;
}

// Where nodes of one role are drawn as one, the elements of the others and the box that stands for
// each: a highlight or a close-up of one of them then finds that box, not the cluster around it.
function drawnAsOf(elements: ViewSelection['elements'], alias: ReadonlyMap<string, string>): Record<string, string> | undefined {
  if (alias.size === 0 || !elements.some((e) => NODE_KINDS.includes(e.kind) && alias.has(e.id))) return undefined;
  return Object.fromEntries(alias);
}

// What every level of detail reads of the selection alike, read once per fit for all of them.
function sharedFacts(built: Map<string, unknown>): TreeFacts {
  let facts = built.get('structure-facts') as TreeFacts | undefined;
  if (facts === undefined) built.set('structure-facts', (facts = { statuses: new Map() }));
  return facts;
}
