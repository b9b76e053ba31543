import { presets, selectView, type Cluster } from '@kubegram/model';
import { describe, expect, it, vi } from 'vitest';
import { realCluster } from '../../../test/_real-cluster.js';
import type { LayoutBody } from '../types.js';
import { structureCandidates } from './_candidates.js';
import { layoutStructure } from './_layout.js';

// Every shape of every frame shape, with the pods of a node in one column and in a grid of two.
const SHAPES = [0.4, 1.6, 4].flatMap(structureCandidates);

// The edges whose straight line the rule says is blocked, found from the picture alone: into a pod
// under another pod of its node in line with it, or into the control plane from a worker node under
// another worker node in line with it.
function underAnother(body: LayoutBody): number {
  const byId = new Map(body.boxes.map((b) => [b.id, b]));
  const nodeOf = (id: string) => {
    let b = byId.get(id);
    while (b !== undefined && b.kind !== 'worker-node' && b.kind !== 'control-plane-node') b = b.parent === undefined ? undefined : byId.get(b.parent);
    return b;
  };
  const inLineAbove = (b: { x: number; y: number; w: number; kind: string; parent?: string }) => body.boxes.some((o) => o.kind === b.kind && o.parent === b.parent && o.x === b.x && o.w === b.w && o.y < b.y);
  let n = 0;
  for (const e of body.edges) {
    const to = byId.get(e.to)!;
    const from = nodeOf(e.from);
    if (to.kind === 'pod' && to.parent === from?.id && byId.get(e.from)!.kind !== 'pod' && inLineAbove(to)) n++;
    else if (nodeOf(e.to)?.kind === 'control-plane-node' && from?.kind === 'worker-node' && inLineAbove(from)) n++;
  }
  return n;
}

// The edges between two parts of a control-plane node with another of its parts between them, in
// line with both: the folded control plane's rows.
function acrossARow(body: LayoutBody): number {
  const byId = new Map(body.boxes.map((b) => [b.id, b]));
  let n = 0;
  for (const e of body.edges) {
    const [a, b] = [byId.get(e.from)!, byId.get(e.to)!];
    const node = byId.get(a.parent ?? '');
    if (node?.kind !== 'control-plane-node' || b.parent !== node.id) continue;
    const [upper, lower] = a.y < b.y ? [a, b] : [b, a];
    const x = (Math.max(a.x, b.x) + Math.min(a.x + a.w, b.x + b.w)) / 2;
    if (body.boxes.some((c) => c.parent === node.id && c.y >= upper.y + upper.h && c.y + c.h <= lower.y && x > c.x && x < c.x + c.w)) n++;
  }
  return n;
}

describe('straightBlocked', () => {
  it('straightBlocked sends the router to the hints first only where it would find the straight line blocked anyway: every route is the same', async () => {
    const clusters: Cluster[] = [presets.course, presets.local, presets.haCloud, realCluster(7)];
    const lay = (layout: typeof layoutStructure, cluster: Cluster, c: (typeof SHAPES)[number]) => layout(selectView(cluster, 'overview'), { icons: true, aspect: c.aspect, collapsePods: 12, shape: c.shape });
    const ours = clusters.flatMap((cluster) => SHAPES.map((c) => lay(layoutStructure, cluster, c)));
    // The same layouts with the straight line tried first everywhere, as before the rule.
    vi.resetModules();
    vi.doMock('./_straight-blocked.js', () => ({ straightBlocked: () => false }));
    const { layoutStructure: straightFirst } = await import('./_layout.js');
    vi.doUnmock('./_straight-blocked.js');
    const theirs = clusters.flatMap((cluster) => SHAPES.map((c) => lay(straightFirst, cluster, c)));
    expect(ours).toEqual(theirs);
    // The rule had edges to decide: pods under pods, and workers under workers, in many pictures.
    expect(ours.reduce((sum, body) => sum + underAnother(body), 0)).toBeGreaterThan(200);
    expect(ours.reduce((sum, body) => sum + acrossARow(body), 0)).toBeGreaterThan(20);
  });
});
