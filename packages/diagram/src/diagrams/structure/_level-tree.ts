import { nodeParts, type NodeParts } from './_node-frame.js';
import type { WorkTree } from './_tree.js';
import type { Work } from './_work.js';

// The keys of the levels of detail, made once: a key joined at each call is a new string, which a
// map hashes and compares character by character where it finds one it has seen by its identity.
const LEVEL_KEYS = [0, 1, 2, 3, 4].map((d) => `structure-level\u0000${d}`);

/** What a bound reads of the tree at one detail whatever its wrap: the nodes of each role and their parts in their slots, the outside world, the smallest font. */
export interface LevelTree {
  root: Work;
  cp: Work[];
  cpParts: NodeParts[];
  workers: Work[];
  workerParts: NodeParts[];
  actors: Work[];
  font: number;
}

/**
 * What a bound reads of a tree at one detail. Which box goes where, and the smallest font, depend on
 * the detail alone (a label's size is its style's): found once per level of detail, in `built`, not
 * for each wrap and folding a fit bounds.
 */
export function levelOf(tree: WorkTree, built: Map<string, unknown> | undefined, detail: number): LevelTree {
  const key = LEVEL_KEYS[detail] ?? `structure-level\u0000${detail}`;
  const known = built?.get(key) as LevelTree | undefined;
  if (known !== undefined && known.root === tree.root) return known;
  const { root, all, hidden } = tree;
  const cp: Work[] = [];
  const workers: Work[] = [];
  for (const c of root.children) {
    if (c.kind === 'control-plane-node') cp.push(c);
    else if (c.kind === 'worker-node') workers.push(c);
  }
  const actors: Work[] = [];
  let font = Infinity;
  // Most trees hide nothing: their boxes are not looked up by id.
  const hides = hidden.size > 0;
  for (const a of all) {
    if (hides && hidden.has(a.id)) continue;
    font = Math.min(font, a.text.size);
    if (a.parent === undefined && a !== root) actors.push(a);
  }
  const level = { root, cp, cpParts: cp.map(nodeParts), workers, workerParts: workers.map(nodeParts), actors, font };
  built?.set(key, level);
  return level;
}


/** The level a bound of this fit has read of the tree at a detail, if one has: its nodes' parts, found already, for the layout to place them by. */
export function knownLevel(root: Work, built: Map<string, unknown> | undefined, detail: number): LevelTree | undefined {
  const known = built?.get(LEVEL_KEYS[detail] ?? `structure-level\u0000${detail}`) as LevelTree | undefined;
  return known !== undefined && known.root === root ? known : undefined;
}
