import { describe, expect, it } from 'vitest';
import { elementsOf } from '../elements.js';
import { presets } from '../presets/index.js';
import { poolCluster } from './_fixture.js';
import { drawnIds } from './drawn-ids.js';
import { simplifyCluster } from './simplify-cluster.js';

describe('drawnIds', () => {
  it('drawnIds(cluster, ids, { mergeReplicas }) gives the pod drawn as "web ×2" for either replica, and its containers for theirs', () => {
    const c = poolCluster();
    expect(drawnIds(c, ['web-1a', 'web-1b', 'web-1b-c', 'web-2b'], { mergeReplicas: true })).toEqual(['web-1a', 'web-1a', 'web-1a-c', 'web-2a']);
  });
  it('drawnIds gives the folded "kube-system ×2" pod for a system pod and its container', () => {
    const [pod, container] = drawnIds(poolCluster(), ['dns-3', 'dns-3-c']);
    expect(pod).toBe('w3-system-pods');
    const drawn = new Set(elementsOf(simplifyCluster(poolCluster())).map((e) => e.id));
    expect(drawn.has(pod!)).toBe(true);
    // The stand-in shows the first container of each program: this one is drawn as itself.
    expect(container).toBe('dns-3-c');
  });
  it('drawnIds gives the "general ×4" node for a grouped node and its components, and follows a pod through grouping, folding and merging', () => {
    const c = poolCluster();
    const opts = { groupNodes: 3, mergeReplicas: true };
    const [node, kubelet, replica, system] = drawnIds(c, ['w3', 'w3-kubelet', 'web-4b', 'proxy-2'], opts);
    const drawn = new Map(elementsOf(simplifyCluster(c, opts)).map((e) => [e.id, e]));
    expect(node).toBe('w1');
    expect(drawn.get(kubelet!)?.kind).toBe('kubelet');
    expect(drawn.get(kubelet!)?.parent).toBe('w1');
    expect(drawn.get(replica!)?.label).toBe('web ×8');
    expect(drawn.get(system!)?.label).toBe('kube-system ×8');
  });
  it('drawnIds leaves ids that nothing moved, and the cordoned node kept apart, as they are', () => {
    expect(drawnIds(poolCluster(), ['w5', 'web-5a', 'nope'], { groupNodes: 3, mergeReplicas: true })).toEqual(['w5', 'web-5a', 'nope']);
    expect(drawnIds(presets.course, ['worker-1-kubelet'], { mergeReplicas: true })).toEqual(['worker-1-kubelet']);
  });
});
