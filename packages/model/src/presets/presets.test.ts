import { describe, expect, it } from 'vitest';
import { elementsOf } from '../elements.js';
import { parseCluster } from '../parse.js';
import { relationsOf } from '../relations.js';
import { validateCluster } from '../validate.js';
import { presets } from './index.js';

describe('presets', () => {
  it.each(Object.entries(presets))('%s is valid with no warnings and survives a JSON round trip', (_, cluster) => {
    expect(validateCluster(cluster)).toEqual([]);
    const again = parseCluster(JSON.parse(JSON.stringify(cluster)));
    expect(again.ok && again.cluster).toEqual(cluster);
  });

  it('course is the lesson picture: one control-plane node, two workers with pods, kubectl, a load balancer, a cloud API', () => {
    const kinds = elementsOf(presets.course).map((e) => e.kind);
    const count = (k: string) => kinds.filter((x) => x === k).length;
    expect(count('control-plane-node')).toBe(1);
    expect(count('worker-node')).toBe(2);
    expect(count('pod')).toBe(4);
    expect(count('container')).toBe(5);
    expect(count('kubectl')).toBe(1);
    expect(count('load-balancer')).toBe(1);
    expect(count('cloud-provider')).toBe(1);
    expect(count('cloud-controller-manager')).toBe(1);
  });

  it('haCloud has three control-plane nodes with a stacked etcd quorum and a cloud-controller-manager each', () => {
    const cps = presets.haCloud.nodes.filter((n) => n.role === 'control-plane');
    expect(cps).toHaveLength(3);
    for (const n of cps) expect(n.components.map((c) => c.kind)).toEqual(['apiserver', 'scheduler', 'controller-manager', 'cloud-controller-manager', 'etcd']);
    expect(presets.haCloud.nodes.filter((n) => n.role === 'worker').length).toBeGreaterThanOrEqual(3);
  });

  it('local is one node that is both control plane and worker, with no cloud', () => {
    expect(presets.local.cloud).toBeUndefined();
    expect(presets.local.nodes).toHaveLength(1);
    expect(presets.local.nodes[0]!.components.map((c) => c.kind)).toEqual([
      'apiserver', 'scheduler', 'controller-manager', 'etcd', 'kubelet', 'kube-proxy', 'container-runtime',
    ]);
  });
});

describe('relationsOf', () => {
  it('derives the wiring Kubernetes implies for the course cluster', () => {
    const rel = relationsOf(presets.course).map((r) => r.id);
    expect(rel).toEqual([
      'api-request:kubectl->control-plane-apiserver',
      'persists:control-plane-apiserver->control-plane-etcd',
      'schedules:control-plane-scheduler->control-plane-apiserver',
      'reconciles:control-plane-controller-manager->control-plane-apiserver',
      'reconciles:control-plane-cloud-controller-manager->control-plane-apiserver',
      'cloud-api:control-plane-cloud-controller-manager->cloud-provider-api',
      'reports:worker-1-kubelet->control-plane-apiserver',
      'cri:worker-1-kubelet->worker-1-container-runtime',
      'runs:worker-1-container-runtime->web-1-nginx',
      'runs:worker-1-container-runtime->web-1-logs',
      'runs:worker-1-container-runtime->api-1-app',
      'reports:worker-2-kubelet->control-plane-apiserver',
      'cri:worker-2-kubelet->worker-2-container-runtime',
      'runs:worker-2-container-runtime->web-2-nginx',
      'runs:worker-2-container-runtime->db-0-postgres',
      'routes:load-balancer->worker-1-kube-proxy',
      'routes:load-balancer->worker-2-kube-proxy',
      'routes:worker-1-kube-proxy->web-1',
      'routes:worker-1-kube-proxy->api-1',
      'routes:worker-2-kube-proxy->web-2',
      'routes:worker-2-kube-proxy->db-0',
    ]);
  });

  it('only the API server talks to etcd, and with external etcd it talks to every member', () => {
    const r = parseCluster({
      id: 'x',
      etcd: { topology: 'external', members: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }] },
      nodes: [{ id: 'cp', role: 'control-plane' }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const toEtcd = relationsOf(r.cluster).filter((x) => x.to.startsWith('e'));
    expect(toEtcd.map((x) => `${x.from} ${x.kind}`)).toEqual(['cp-apiserver persists', 'cp-apiserver persists', 'cp-apiserver persists']);
  });

  it('keeps author relations after the derived ones, once each, with their labels', () => {
    const r = parseCluster({
      id: 'x',
      nodes: [{ id: 'cp', role: 'control-plane' }],
      actors: [{ id: 'me', kind: 'kubectl' }],
      relations: [
        { from: 'me', to: 'cp-etcd', kind: 'custom', label: 'backup' },
        { from: 'me', to: 'cp-etcd', kind: 'custom', label: 'backup' },
      ],
    });
    if (!r.ok) throw new Error('invalid');
    const last = relationsOf(r.cluster).at(-1);
    expect(relationsOf(r.cluster).filter((x) => !x.derived)).toHaveLength(1);
    expect(last).toEqual({ id: 'custom:me->cp-etcd', from: 'me', to: 'cp-etcd', kind: 'custom', label: 'backup', derived: false });
  });
});
