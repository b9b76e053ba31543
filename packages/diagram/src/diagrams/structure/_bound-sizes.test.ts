import { parseCluster, presets, selectView, type ViewName } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { realCluster } from '../../../test/_real-cluster.js';
import { firstPods } from '../../layout/_first-pods.js';
import { treeParts } from './_bound.js';
import { skeletonBoth } from './_bound-sizes.js';
import { skeletonOf } from './_skeleton.js';
import { structureCandidates } from './_candidates.js';

// A node and a pod in trouble, and more pods than are drawn.
function troubled() {
  const r = parseCluster({
    id: 'c',
    nodes: [
      { id: 'cp', role: 'control-plane', cordoned: true },
      { id: 'w', role: 'worker', pods: [{ id: 'bad', phase: 'Failed', containers: [{ id: 'x', image: 'x:1' }] }, ...Array.from({ length: 14 }, (_, i) => ({ id: `p${i}`, containers: [{ id: `p${i}-c`, image: 'x:1' }, { id: `p${i}-d`, image: 'x:1' }] }))] },
      { id: 'w2', role: 'worker', pods: [{ id: 'only', containers: [{ id: 'o', image: 'x:1' }] }] },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
}

describe('skeletonBoth', () => {
  it('skeletonBoth sizes every shape below the last level of detail as the tree of that shape is sized, its pods in their grid and as any grid', () => {
    let compared = 0;
    const clusters = [presets.course, presets.local, presets.haCloud, realCluster(12), troubled()];
    for (const whole of clusters) {
      for (const view of ['overview', 'control-plane', 'worker', 'networking', 'workloads'] as ViewName[]) {
        for (const collapsePods of [12, 3, false] as const) {
          const listed = collapsePods === false ? undefined : firstPods(whole, collapsePods);
          const sel = selectView(listed?.cluster ?? whole, view);
          const base = { icons: true, aspect: 1.6, collapsePods, ...(listed && listed.unlisted.size > 0 ? { unlistedPods: listed.unlisted } : {}) };
          const skeleton = skeletonOf(sel, base, () => ({ statuses: new Map() }));
          if (skeleton === undefined) continue;
          for (const c of structureCandidates(1.6)) {
            if ((c.shape.detail ?? 0) >= 4) continue;
            const fold = c.shape.foldRows === true;
            const measures = new Map();
            const fromTree = treeParts(sel, { ...base, shape: c.shape, measures }, fold);
            expect(skeletonBoth(skeleton, c.shape.detail ?? 0, c.shape.wrap, fold, true, measures).exact).toEqual(fromTree);
            // Bounded as any grid of its pods, as well.
            expect(skeletonBoth(skeleton, c.shape.detail ?? 0, c.shape.wrap, fold, true, measures).anyGrid).toEqual(treeParts(sel, { ...base, shape: c.shape, measures }, fold, true));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });
  it('skeletonOf gives up on a cluster holding boxes beside its nodes', () => {
    const sel = selectView(presets.course, 'workloads');
    expect(skeletonOf(sel, { icons: true, aspect: 1.6, collapsePods: 12 }, () => ({ statuses: new Map() }))).toBeUndefined();
  });
});
