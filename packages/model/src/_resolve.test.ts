import { describe, expect, it } from 'vitest';
import { parseCluster } from './parse.js';
import { presets } from './presets/index.js';
import { shopSpec } from './_breadth-fixture.js';

describe('resolveCluster on namespaces, services, ingresses and init containers', () => {
  const r = parseCluster(shopSpec());
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const c = r.cluster;
  it('a service defaults to ClusterIP and is labelled by its Kubernetes name', () => {
    expect(c.services!.map((s) => [s.id, s.type, s.label])).toEqual([
      ['web-svc', 'LoadBalancer', 'web'],
      ['web-headless', 'ClusterIP', 'web-headless'],
    ]);
  });
  it('init containers get ids after the containers, so adding them renames nothing', () => {
    const pod = c.nodes[1]!.pods[0]!;
    expect(pod.containers.map((x) => x.id)).toEqual(['web-1-envoy', 'web-1-nginx']);
    expect(pod.initContainers!.map((x) => x.id)).toEqual(['web-1-busybox']);
  });
  it('namespaces and ingresses get labels and descriptions', () => {
    expect(c.namespaces!.map((n) => `${n.label}: ${n.description}`)).toEqual(['default: The default namespace.', 'shop: The shop namespace.']);
    expect(c.ingresses![0]!.label).toBe('shop-ingress');
  });
  it('a model without the new collections resolves without them', () => {
    for (const preset of [presets.course, presets.local]) {
      expect(Object.keys(preset)).not.toContain('services');
      expect(Object.keys(preset)).not.toContain('namespaces');
      expect(Object.keys(preset)).not.toContain('ingresses');
    }
  });
  it('resolving a resolved shop changes nothing', () => {
    const again = parseCluster(JSON.parse(JSON.stringify(c)));
    expect(again.ok && again.cluster).toEqual(c);
  });
});
