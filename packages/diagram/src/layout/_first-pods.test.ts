import { parseCluster, presets, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { toSvg } from '../svg/to-svg.js';
import { firstPods } from './_first-pods.js';

// One worker with 30 pods of two containers each.
function crowded(): Cluster {
  const pods = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, containers: [{ id: `p${i}-a`, image: 'a:1' }, { id: `p${i}-b`, image: 'b:1' }] }));
  const r = parseCluster({ id: 'crowded', nodes: [{ id: 'cp', role: 'control-plane' }, { id: 'w', role: 'worker', pods }] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
}

describe('firstPods', () => {
  it('firstPods(cluster, 12) lists the first 12 pods of a crowded node and counts the rest with their containers', () => {
    const { cluster, unlisted } = firstPods(crowded(), 12);
    expect(cluster.nodes[1]!.pods.map((p) => p.id)).toEqual(Array.from({ length: 12 }, (_, i) => `p${i}`));
    expect(unlisted).toEqual(new Map([['w', { pods: 18, containers: 36 }]]));
  });
  it('firstPods returns a cluster with no crowded node as it is', () => {
    expect(firstPods(presets.course, 12).cluster).toBe(presets.course);
  });
  it('the overview counts the unlisted pods in the "+N pods" box and in what a small frame says it folded', () => {
    expect(toSvg(crowded())).toContain('>+19 pods<');
    const small = toSvg(crowded(), { fit: { width: 300 }, minFontPx: 12 });
    expect(small).toMatch(/Folded to fit the frame: 60 containers folded into their pods; \d+ node components folded into their nodes; 30 pods folded into/);
  });
});
