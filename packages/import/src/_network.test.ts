import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from './_network-records.js';
import { ingressesOf, loadBalancerOf, namespacesOf, servicesOf } from './_network.js';

const ids = () => {
  const taken = new Set<string>();
  return { take: (name: string, ns?: string) => (taken.has(name) ? `${name}.${ns}` : (taken.add(name), name)) };
};
const svc = (over: Partial<ServiceRecord>): ServiceRecord => ({ name: 'web', namespace: 'shop', type: undefined, clusterIP: undefined, externalName: undefined, selector: {}, ports: [], loadBalancer: [], ...over });

describe('servicesOf', () => {
  it('servicesOf makes clusterIP None headless and keeps a LoadBalancer address and node port', () => {
    const notes: string[] = [];
    const out = servicesOf(
      [
        svc({ name: 'db', clusterIP: 'None', selector: { app: 'db' }, ports: [{ name: undefined, protocol: 'TCP', port: 5432, targetPort: 5432, nodePort: undefined }] }),
        svc({ type: 'LoadBalancer', clusterIP: '10.0.0.9', ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 31000 }], loadBalancer: [{ ip: undefined, hostname: 'lb.example.com' }] }),
      ],
      ids(),
      notes,
    );
    expect(out).toEqual([
      { id: 'db', namespace: 'shop', type: 'ClusterIP', headless: true, selector: { app: 'db' }, ports: [{ port: 5432 }] },
      { id: 'web', namespace: 'shop', type: 'LoadBalancer', ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 31000 }], clusterIP: '10.0.0.9', loadBalancer: [{ hostname: 'lb.example.com' }] },
    ]);
    expect(notes).toEqual([]);
  });
  it('servicesOf leaves out an ExternalName service without its name, with a note', () => {
    const notes: string[] = [];
    expect(servicesOf([svc({ type: 'ExternalName' })], ids(), notes)).toEqual([]);
    expect(notes).toEqual(['left out services the model cannot hold: 1 ExternalName service without externalName (shop/web)']);
  });
});

describe('ingressesOf', () => {
  it('ingressesOf keeps routes to known services and drops the rest with a note', () => {
    const notes: string[] = [];
    const services = [{ id: 'web', namespace: 'shop', ports: [{ name: 'http', port: 80 }] }];
    const out = ingressesOf(
      [{ name: 'front', namespace: 'shop', className: 'nginx', rules: [{ host: 'a.example.com', path: '/', service: 'web', port: 'http' }, { host: undefined, path: '/x', service: 'gone', port: 80 }], defaultBackend: { service: 'web', port: 9999 }, loadBalancer: [] }],
      services,
      ids(),
      notes,
    );
    expect(out).toEqual([{ id: 'front', namespace: 'shop', className: 'nginx', rules: [{ host: 'a.example.com', path: '/', service: 'web', port: 'http' }], defaultBackend: { service: 'web' } }]);
    expect(notes).toEqual(['left out ingress routes to services missing from the input: 1 route to a service not in the input (shop/front -> gone)']);
  });
  it('ingressesOf keeps the load-balancer addresses of the ingress status', () => {
    const out = ingressesOf([{ name: 'front', namespace: 'default', className: undefined, rules: [], defaultBackend: undefined, loadBalancer: [{ ip: '203.0.113.7', hostname: undefined }] }], [], ids(), []);
    expect(out).toEqual([{ id: 'front', rules: [], loadBalancer: [{ ip: '203.0.113.7' }] }]);
  });
});

describe('loadBalancerOf', () => {
  it('loadBalancerOf is one actor for LoadBalancer services and addressed ingresses, labelled with a single address', () => {
    const elb = { id: 'web', type: 'LoadBalancer' as const, loadBalancer: [{ hostname: 'a1.eu-west-1.elb.amazonaws.com' }] };
    expect(loadBalancerOf([elb, { id: 'db', type: 'ClusterIP' }], [])).toEqual({ id: 'load-balancer', kind: 'load-balancer', label: 'a1.eu-west-1.elb.amazonaws.com' });
    expect(loadBalancerOf([elb], [{ id: 'front', rules: [], loadBalancer: [{ hostname: 'a1.eu-west-1.elb.amazonaws.com' }] }])?.label).toBe('a1.eu-west-1.elb.amazonaws.com');
    expect(loadBalancerOf([], [{ id: 'front', rules: [], loadBalancer: [{ ip: '203.0.113.7' }] }])).toEqual({ id: 'load-balancer', kind: 'load-balancer', label: '203.0.113.7' });
  });
  it('loadBalancerOf gives no label to a pending or a shared actor, and no actor without a LoadBalancer service or an addressed ingress', () => {
    expect(loadBalancerOf([{ id: 'web', type: 'LoadBalancer' }], [])).toEqual({ id: 'load-balancer', kind: 'load-balancer' });
    expect(loadBalancerOf([{ id: 'a', type: 'LoadBalancer', loadBalancer: [{ ip: '203.0.113.7' }] }, { id: 'b', type: 'LoadBalancer', loadBalancer: [{ ip: '203.0.113.8' }] }], [])?.label).toBeUndefined();
    expect(loadBalancerOf([{ id: 'web', type: 'NodePort' }], [{ id: 'front', rules: [] }])).toBeUndefined();
  });
});

describe('namespacesOf', () => {
  it('namespacesOf lists nothing without Namespace objects, else those and every other one named', () => {
    expect(namespacesOf([], ['shop'])).toBeUndefined();
    expect(namespacesOf(['default'], ['shop', 'default'])).toEqual([{ id: 'default' }, { id: 'shop' }]);
  });
});
