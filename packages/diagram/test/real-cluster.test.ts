import { describe, expect, it } from 'vitest';
import { toSvg } from '../src/svg/index.js';
import { realCluster } from './_real-cluster.js';
import { boxesOf, parseSvg, problemsOf } from './_svg-geometry.js';

// Wrapped lines are tspans, so textContent runs them together.
const labels = (svg: string) => boxesOf(parseSvg(svg)).map((b) => b.el.querySelector('text')?.textContent ?? '');

describe('pictures of large real clusters', () => {
  it('toSvg(cluster, { groupNodes: 3, mergeReplicas: true }) draws each node pool once, system pods folded, trouble kept apart', () => {
    const svg = toSvg(realCluster(40), { groupNodes: 3, mergeReplicas: true });
    expect(problemsOf(svg)).toEqual([]);
    const all = labels(svg);
    expect(all).toContain('general ×10');
    expect(all).toContain('spot ×8');
    expect(all).toContain('kube-system ×20');
    expect(all).toContain('w7 · cordoned');
    expect(all.some((l) => l.startsWith('w11 · tainted'))).toBe(true);
    expect(all).toContain('w5-a · Pending');
    expect(all).toContain('w9-b · Failed');
  });

  it('the overview of 5,000 nodes in four pools is one readable picture under 3 MB', () => {
    const cluster = realCluster(5000);
    const svg = toSvg(cluster, { groupNodes: 3, mergeReplicas: true });
    expect(svg.length).toBeLessThan(3_000_000);
    expect(problemsOf(svg)).toEqual([]);
    const nodes = boxesOf(parseSvg(svg)).filter((b) => b.kind === 'worker-node');
    expect(nodes.map((b) => b.el.querySelector('text')?.textContent)).toEqual(['general ×1250', 'compute ×1250', 'memory ×1250', 'spot ×1248', 'w7 · cordoned', 'w11 · tainteddedicated:NoSchedule']);
  }, 180_000);
});
