import { describe, expect, it } from 'vitest';
import { parseCluster } from './parse.js';
import { shopSpec } from './_breadth-fixture.js';
import type { ClusterSpec } from './spec.js';

type Spec = ReturnType<typeof shopSpec> & Required<Pick<ClusterSpec, 'services' | 'ingresses' | 'namespaces' | 'workloads'>>;
const shop = () => shopSpec() as Spec;
const codes = (spec: ClusterSpec) => {
  const r = parseCluster(spec);
  return [...(r.ok ? [] : r.errors), ...r.warnings].map((p) => `${p.severity} ${p.code} ${p.path}`);
};

describe('namespace, service, ingress and state rules', () => {
  it('the shop model is valid with no warnings', () => {
    expect(codes(shopSpec())).toEqual([]);
  });
  it('a service selecting no pod is a warning at its selector', () => {
    const s = shop();
    s.services[0]!.selector = { app: 'api' };
    expect(codes(s)).toEqual(['warning service-selects-no-pod services[0].selector']);
  });
  it('a service in another namespace does not reach the pod', () => {
    const s = shop();
    s.services[1]!.namespace = 'default';
    expect(codes(s)).toEqual(['warning service-selects-no-pod services[1].selector']);
  });
  it('an ingress backend naming an unknown service is an error', () => {
    const s = shop();
    s.ingresses[0]!.rules[0]!.service = 'api';
    expect(codes(s)).toEqual(['error unknown-service ingresses[0].rules[0].service']);
  });
  it('an ingress backend naming a port the service lacks is an error that lists its ports', () => {
    const s = shop();
    s.ingresses[0]!.rules[0]!.port = 8080;
    const r = parseCluster(s);
    expect(!r.ok && r.errors.map((p) => p.message)).toEqual(['service "web" has no port 8080; expected one of http']);
  });
  it("a pod's namespace must be listed once namespaces are", () => {
    const s = shop();
    s.namespaces.pop();
    expect(codes(s)).toEqual([
      'error unknown-namespace nodes[1].pods[0].namespace',
      'error unknown-namespace workloads[0].namespace',
      'error unknown-namespace workloads[1].namespace',
      'error unknown-namespace services[0].namespace',
      'error unknown-namespace services[1].namespace',
      'error unknown-namespace ingresses[0].namespace',
    ]);
  });
  it('without namespaces listed, any namespace goes', () => {
    const s: ClusterSpec = { ...shop(), namespaces: undefined };
    expect(codes(s)).toEqual([]);
  });
  it('a namespace listed twice is an error', () => {
    const s = shop();
    s.namespaces.push({ id: 'shop' });
    expect(codes(s)).toEqual(['error duplicate-namespace namespaces[2].id']);
  });
  it('node ports outside 30000-32767 warn, and a ClusterIP service may not have one', () => {
    const s = shop();
    s.services[0]!.ports![0]!.nodePort = 8080;
    s.services[1]!.ports![0]!.nodePort = 30081;
    expect(codes(s)).toEqual(['error node-port-not-allowed services[1].ports[0].nodePort', 'warning node-port-range services[0].ports[0].nodePort']);
  });
  it('names are unique per namespace, ids in the whole cluster', () => {
    const s = shop();
    s.services.push({ id: 'web-2', name: 'web', namespace: 'shop' }, { id: 'web-3', name: 'web', namespace: 'default' }, { id: 'w1', name: 'other', namespace: 'default' });
    expect(codes(s)).toEqual(['error duplicate-id services[4].id', 'error duplicate-name services[2].name']);
  });
  it('a headless service is a ClusterIP one, and an ExternalName names its target', () => {
    const s = shop();
    s.services[1]!.type = 'NodePort';
    s.services.push({ id: 'db', type: 'ExternalName', namespace: 'shop' });
    expect(codes(s)).toEqual(['error headless-not-cluster-ip services[1].headless', 'error external-name-missing services[2]']);
  });
  it('the same port twice on one service is an error', () => {
    const s = shop();
    s.services[1]!.ports!.push({ port: 80, protocol: 'TCP' });
    expect(codes(s)).toEqual(['error duplicate-service-port services[1].ports[1].port']);
  });
  it('ready replicas above current, a schedule on a Deployment, a ready pending pod and a taint twice are errors', () => {
    const s = shop();
    s.workloads[0]!.replicas.ready = 2;
    s.workloads[0]!.schedule = '* * * * *';
    const w1 = s.nodes[1]!;
    w1.pods![0]!.phase = 'Pending';
    w1.taints!.push({ key: 'dedicated', value: 'other', effect: 'NoSchedule' });
    expect(codes(s)).toEqual([
      'error duplicate-taint nodes[1].taints[1]',
      'error ready-pod-not-running nodes[1].pods[0].ready',
      'error ready-above-current workloads[0].replicas.ready',
      'error schedule-without-cronjob workloads[0].schedule',
    ]);
  });
  it('the schema refuses an unknown taint effect and a port out of range, with the path', () => {
    const s = shop();
    (s.nodes[1]!.taints![0] as { effect: string }).effect = 'NoRun';
    s.services[0]!.ports![0]!.port = 70000;
    const r = parseCluster(s);
    expect(!r.ok && r.errors.map((p) => p.path)).toEqual(['nodes[1].taints[0].effect', 'services[0].ports[0].port']);
  });
});
