import { describe, expect, it } from 'vitest';
import { shopSpec } from './_breadth-fixture.js';
import { parseCluster } from './parse.js';
import { presets } from './presets/index.js';
import { selectView } from './select-view.js';
import { VIEW_NAMES, views, type ViewName } from './views.js';

const ids = (cluster: Parameters<typeof selectView>[0], view: ViewName) => selectView(cluster, view).elements.map((e) => e.id);

describe('selectView', () => {
  it('overview shows the whole cluster but not the controllers inside the controller manager', () => {
    const sel = selectView(presets.course, 'overview');
    expect(sel.elements.map((e) => e.kind)).not.toContain('controller');
    expect(sel.elements.filter((e) => e.kind === 'worker-node')).toHaveLength(2);
    expect(sel.relations.map((r) => r.kind)).not.toContain('runs');
    expect(sel.relations.every((r) => ids(presets.course, 'overview').includes(r.from))).toBe(true);
  });

  it('overview keeps, where shown ids repeat, every element with a kept id, of any kind', () => {
    const cluster = structuredClone(presets.course);
    cluster.nodes[1]!.pods[1]!.id = 'web-1';
    cluster.workloads[0]!.id = 'web-1';
    const kinds = selectView(cluster, 'overview').elements.filter((e) => e.id === 'web-1').map((e) => e.kind);
    expect(kinds).toEqual(['pod', 'pod', 'workload']);
    expect(selectView(presets.course, 'overview').elements.map((e) => e.kind)).not.toContain('workload');
  });

  it('control-plane shows one control-plane node with its controllers, kubectl and the cloud API', () => {
    expect(ids(presets.course, 'control-plane')).toEqual([
      'course',
      'control-plane',
      'control-plane-apiserver',
      'control-plane-scheduler',
      'control-plane-controller-manager',
      'control-plane-controller-manager-node',
      'control-plane-controller-manager-replication',
      'control-plane-controller-manager-endpoints',
      'control-plane-controller-manager-service-account',
      'control-plane-controller-manager-token',
      'control-plane-cloud-controller-manager',
      'control-plane-cloud-controller-manager-node',
      'control-plane-cloud-controller-manager-route',
      'control-plane-cloud-controller-manager-service',
      'control-plane-etcd',
      'kubectl',
      'cloud-provider-api',
    ]);
  });

  it('worker shows one worker in detail, the API server its kubelet reports to, and the load balancer', () => {
    const sel = selectView(presets.course, 'worker');
    expect(sel.elements.map((e) => e.id)).toEqual([
      'course',
      'control-plane',
      'control-plane-apiserver',
      'worker-1',
      'worker-1-kubelet',
      'worker-1-kube-proxy',
      'worker-1-container-runtime',
      'web-1',
      'web-1-nginx',
      'web-1-logs',
      'api-1',
      'api-1-app',
      'load-balancer',
    ]);
    expect(sel.relations.map((r) => r.id)).toContain('runs:worker-1-container-runtime->web-1-nginx');
    expect(ids(presets.course, 'worker')).not.toContain('worker-2');
  });

  it('picks a node by id, and refuses one that does not exist', () => {
    expect(selectView(presets.course, 'worker', { node: 'worker-2' }).elements.map((e) => e.id)).toContain('db-0-postgres');
    expect(() => selectView(presets.course, 'worker', { node: 'nope' })).toThrow('unknown node "nope" for the worker view');
    expect(() => selectView(presets.course, 'sideways' as ViewName)).toThrow('unknown view "sideways": expected one of overview, control-plane, worker, request-flow, reconcile');
  });

  it('request-flow casts a participant for every role of its story, the kubelet from a node with pods', () => {
    const sel = selectView(presets.course, 'request-flow');
    const cast = Object.fromEntries(Object.entries(sel.participants).map(([role, el]) => [role, el!.id]));
    expect(cast).toEqual({
      kubectl: 'kubectl',
      apiserver: 'control-plane-apiserver',
      etcd: 'control-plane-etcd',
      'controller-manager': 'control-plane-controller-manager',
      scheduler: 'control-plane-scheduler',
      kubelet: 'worker-1-kubelet',
      'container-runtime': 'worker-1-container-runtime',
    });
    const roles = new Set(Object.keys(cast));
    for (const step of views['request-flow'].steps!) {
      expect(roles.has(step.from) && roles.has(step.to)).toBe(true);
    }
  });

  it('reconcile shows the workloads with desired and current replicas', () => {
    const sel = selectView(presets.course, 'reconcile');
    const web = sel.elements.find((e) => e.id === 'web');
    expect(web?.ref).toMatchObject({ replicas: { desired: 10, current: 5 } });
  });

  it('every view of every preset selects something and only relations between shown elements', () => {
    for (const cluster of Object.values(presets)) {
      for (const view of VIEW_NAMES) {
        const sel = selectView(cluster, view);
        expect(sel.elements.length).toBeGreaterThan(0);
        const shown = new Set(sel.elements.map((e) => e.id));
        for (const r of sel.relations) expect(shown.has(r.from) && shown.has(r.to)).toBe(true);
      }
    }
  });

  it('the worker view of a one-node local cluster shows that node', () => {
    expect(ids(presets.local, 'worker')).toContain('kind-control-plane-kubelet');
  });

  it('control-plane view of a cluster with external etcd shows the members', () => {
    const r = parseCluster({ id: 'x', etcd: { topology: 'external', members: [{ id: 'e1' }] }, nodes: [{ id: 'cp', role: 'control-plane' }] });
    if (!r.ok) throw new Error('invalid');
    expect(ids(r.cluster, 'control-plane')).toContain('e1');
  });
});

describe('selectView networking and workloads', () => {
  it('networking follows a request: load balancer, ingress, services, kube-proxy on every node, the selected pods', () => {
    const sel = selectView(presets.haCloud, 'networking');
    const kinds = new Set(sel.elements.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['cluster', 'ingress', 'kube-proxy', 'load-balancer', 'pod', 'service', 'worker-node']);
    const routes = sel.relations.map((r) => r.id);
    expect(routes).toContain('routes:load-balancer->shop');
    expect(routes).toContain('routes:shop->web-svc');
    expect(routes).toContain('routes:shop->api-svc');
    expect(routes).toContain('routes:web-svc->worker-4-kube-proxy');
    expect(routes).toContain('routes:worker-1-kube-proxy->web-1');
    expect(routes).not.toContain('routes:shop->queue-svc');
    expect(sel.relations.find((r) => r.id === 'routes:shop->api-svc')?.label).toBe('shop.example.com/api');
  });

  it('networking starts at the load balancer for a LoadBalancer service, and not for a ClusterIP one', () => {
    const spec = shopSpec();
    const r = parseCluster({ ...spec, ingresses: [{ ...spec.ingresses![0]!, loadBalancer: [{ ip: '203.0.113.7' }] }], actors: [{ id: 'lb', kind: 'load-balancer', label: 'a1.elb.amazonaws.com' }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const routes = selectView(r.cluster, 'networking').relations.map((rel) => rel.id);
    expect(routes).toContain('routes:lb->web-svc');
    expect(routes).toContain('routes:lb->shop-ingress');
    expect(routes).not.toContain('routes:lb->web-headless');
    expect(r.cluster.ingresses?.[0]?.loadBalancer).toEqual([{ ip: '203.0.113.7' }]);
  });

  it('networking leaves out pods no service selects', () => {
    const spec = JSON.parse(JSON.stringify(presets.haCloud)) as { services: unknown[] };
    spec.services = spec.services.slice(0, 1);
    const r = parseCluster({ ...spec, ingresses: [] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const pods = selectView(r.cluster, 'networking').elements.filter((e) => e.kind === 'pod').map((e) => e.id);
    expect(pods).toEqual(['web-1', 'web-2', 'web-3', 'web-4']);
  });

  it('workloads draws each workload in its namespace and each pod in its workload', () => {
    const sel = selectView(presets.course, 'workloads');
    const parent = new Map(sel.elements.map((e) => [e.id, e.parent]));
    expect(parent.get('namespace:default')).toBe('course');
    expect(parent.get('web')).toBe('namespace:default');
    expect(parent.get('web-2')).toBe('web');
    expect(sel.elements.map((e) => e.id)).toEqual(['course', 'namespace:default', 'web', 'web-1', 'web-2', 'api', 'api-1', 'db', 'db-0']);
  });

  it('workloads puts a pod without a workload in its namespace, parents before children', () => {
    const r = parseCluster({
      id: 'c',
      nodes: [{ id: 'cp', role: 'control-plane' }, { id: 'w', role: 'worker', pods: [{ id: 'loose', namespace: 'tools', containers: [{ image: 'busybox' }] }] }],
      workloads: [{ id: 'shop', namespace: 'shop', kind: 'Deployment', replicas: { desired: 1, current: 0 } }],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const sel = selectView(r.cluster, 'workloads');
    expect(sel.elements.map((e) => [e.id, e.parent])).toEqual([
      ['c', undefined],
      ['namespace:shop', 'c'],
      ['shop', 'namespace:shop'],
      ['namespace:tools', 'c'],
      ['loose', 'namespace:tools'],
    ]);
  });
});
