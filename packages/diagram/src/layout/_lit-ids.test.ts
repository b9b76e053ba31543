import { parseCluster, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { boxesOf, parseSvg } from '../../test/_svg-geometry.js';
import { toMermaid } from '../mermaid/to-mermaid.js';
import { toSvg, type SvgOptions } from '../svg/to-svg.js';

const pod = (id: string, workload: string | undefined, namespace = 'shop') => ({ id, namespace, ...(workload ? { workload } : {}), phase: 'Running', containers: [{ id: `${id}-c`, image: `example/${workload ?? id}:1` }] });

// Four workers of one pool with two web replicas and two system pods each, and one crowded node.
function cluster(): Cluster {
  const worker = (n: number) => ({ id: `w${n}`, role: 'worker', pool: 'general', pods: [pod(`web-${n}a`, 'web'), pod(`web-${n}b`, 'web'), pod(`proxy-${n}`, undefined, 'kube-system'), pod(`dns-${n}`, undefined, 'kube-system')] });
  const r = parseCluster({
    id: 'lit',
    nodes: [
      { id: 'cp', role: 'control-plane' },
      ...[1, 2, 3, 4].map(worker),
      { id: 'busy', role: 'worker', pool: 'batch', pods: Array.from({ length: 20 }, (_, i) => pod(`job-${i}`, undefined)) },
    ],
    workloads: [{ id: 'web', kind: 'Deployment', namespace: 'shop', replicas: { desired: 8, current: 8 } }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
}

// The labels of the boxes a picture draws lit (the highlight's thick outline).
function litLabels(options: SvgOptions): string[] {
  return boxesOf(parseSvg(toSvg(cluster(), options)))
    .filter((b) => b.el.querySelector('rect')?.getAttribute('stroke-width') === '3')
    .map((b) => b.el.querySelector('text')?.textContent ?? '');
}

describe('litIds, through toSvg and toMermaid', () => {
  it('toSvg({ mergeReplicas, highlight: [a merged-away replica] }) lights the "web ×2" box drawn in its place', () => {
    expect(litLabels({ mergeReplicas: true, highlight: ['web-2b'] })).toEqual(['web ×2']);
    expect(litLabels({ mergeReplicas: true, highlight: ['web-2b-c'] })).toHaveLength(1);
  });
  it('toSvg({ groupNodes, highlight: [a grouped-away node] }) lights the "general ×4" node', () => {
    expect(litLabels({ groupNodes: 3, highlight: ['w3'] })).toEqual(['general ×4']);
  });
  it('toSvg lights the "kube-system ×2" pod for a system pod folded into it', () => {
    expect(litLabels({ highlight: ['dns-3'] })).toEqual(['kube-system ×2']);
  });
  it('toSvg lights the "+N pods" box for a pod collapsed into it, and nothing for a pod the view does not draw', () => {
    expect(litLabels({ highlight: ['job-17'] })).toEqual(['+9 pods']);
    expect(litLabels({ highlight: ['job-0'] })).toEqual(['job-0']);
    expect(litLabels({ view: 'control-plane', highlight: ['job-17'] })).toEqual([]);
  });
  it('toMermaid({ mergeReplicas, highlight: [a merged-away replica] }) gives the merged pod the highlight class', () => {
    const text = toMermaid(cluster(), { mergeReplicas: true, highlight: ['web-2b'] });
    expect(text).toMatch(/^ {2}class \S+ highlighted$/m);
  });
});
