import { describe, expect, it } from 'vitest';
import { presets } from './presets/index.js';
import { validateCluster } from './validate.js';
import type { Cluster } from './cluster.js';

const broken = (): Cluster => {
  const c = structuredClone(presets.course) as Cluster;
  c.nodes[1]!.pods[0]!.id = c.nodes[1]!.id;
  c.relations.push({ id: 'r', from: 'nowhere', to: c.nodes[0]!.id, kind: 'custom', label: '', description: '' } as Cluster['relations'][number]);
  c.etcd = { topology: 'external', members: [] } as unknown as Cluster['etcd'];
  return c;
};

describe('validateCluster', () => {
  it('validateCluster finds nothing wrong with the presets', () => {
    for (const c of Object.values(presets)) expect(validateCluster(c)).toEqual([]);
  });
  it('validateCluster reports problems in rule order: ids, nodes, relations, etcd', () => {
    expect(validateCluster(broken()).map((p) => `${p.code} ${p.path}`)).toEqual([
      'duplicate-id nodes[1].pods[0].id',
      'stacked-etcd-with-external nodes[0].components[4]',
      'dangling-reference relations[' + (presets.course.relations.length) + '].from',
      'external-etcd-without-members etcd.members',
    ]);
  });
});
