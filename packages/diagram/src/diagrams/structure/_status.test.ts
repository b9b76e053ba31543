import { parseCluster, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { boxesOf, parseSvg, problemsOf } from '../../../test/_svg-geometry.js';
import { toMermaid } from '../../mermaid/index.js';
import { toSvg } from '../../svg/index.js';

const troubled = (): Cluster => {
  const r = parseCluster({
    id: 't',
    nodes: [
      { id: 'cp', role: 'control-plane' },
      {
        id: 'w1',
        role: 'worker',
        cordoned: true,
        pods: [
          { id: 'ok', phase: 'Running', ready: true, containers: [{ image: 'a' }] },
          { id: 'wait', phase: 'Pending', containers: [{ image: 'a' }] },
          { id: 'dead', phase: 'Failed', containers: [{ image: 'a' }] },
        ],
      },
      { id: 'w2', role: 'worker', taints: [{ key: 'gpu', effect: 'NoSchedule' }] },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
};

describe('statusOf, as the pictures show it', () => {
  it('toSvg outlines pending pods and cordoned or tainted nodes as warnings and failed pods as failures, and says so in words', () => {
    const svg = toSvg(troubled());
    expect(problemsOf(svg)).toEqual([]);
    const root = parseSvg(svg);
    const state = (id: string) => root.querySelector(`g[data-id="${id}"]`)?.getAttribute('data-state');
    expect([state('ok'), state('wait'), state('dead'), state('w1'), state('w2')]).toEqual([null, 'warning', 'failure', 'warning', 'warning']);
    const text = (id: string) => boxesOf(root).find((b) => b.id === id)!.el.querySelector('text')!.textContent;
    expect(text('wait')).toContain('Pending');
    expect(text('dead')).toContain('Failed');
    expect(text('w1')).toContain('cordoned');
    expect(text('w2')).toContain('tainted gpu:NoSchedule');
    expect(root.querySelector('g[data-id="dead"] > rect')?.getAttribute('stroke')).toBe('#c62828');
    expect(root.querySelector('g[data-id="wait"] > rect')?.getAttribute('stroke-dasharray')).toBe('6 3');
  });
  it('toMermaid gives the same words and a class per state', () => {
    const text = toMermaid(troubled());
    expect(text).toContain('"wait · Pending"');
    expect(text).toContain('classDef failure stroke:#c62828,stroke-width:3px');
    expect(text).toMatch(/class \S*dead\S* failure/);
  });
});
