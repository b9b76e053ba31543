import { describe, expect, it } from 'vitest';
import { parseCluster } from './parse.js';
import { servicePods } from './service-pods.js';
import { shopSpec } from './_breadth-fixture.js';

describe('servicePods', () => {
  const r = parseCluster(shopSpec());
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const cluster = r.cluster;
  it('servicePods(cluster, service) lists the pods of its namespace whose labels match the selector', () => {
    expect(servicePods(cluster, cluster.services![0]!).map((p) => p.id)).toEqual(['web-1']);
  });
  it('servicePods finds none without a selector, or in another namespace', () => {
    expect(servicePods(cluster, { ...cluster.services![0]!, selector: undefined })).toEqual([]);
    expect(servicePods(cluster, { ...cluster.services![0]!, namespace: 'default' })).toEqual([]);
  });
});
