import { describe, expect, it } from 'vitest';
import { createIds } from './_ids.js';
import { placePods, podsOf } from './_pod-specs.js';
import type { PodRecord } from './_records.js';

const pod = (over: Partial<PodRecord>): PodRecord => ({ name: 'p', namespace: 'shop', at: { file: '', path: '' }, nodeName: 'n1', phase: 'Running', ready: true, labels: {}, allLabels: {}, staticPod: false, owner: undefined, containers: [{ name: 'c', image: 'nginx', ports: [], cpu: undefined, memory: undefined }], sidecars: [], initContainers: [], ...over });

describe('placePods', () => {
  it('placePods tells static control-plane pods from pods and notes pods on no node or an unknown one', () => {
    const notes: string[] = [];
    const api = pod({ name: 'kube-apiserver-n1', namespace: 'kube-system', staticPod: true, labels: { component: 'kube-apiserver' } });
    const web = pod({ name: 'web' });
    const placed = placePods([api, web, pod({ name: 'pending', nodeName: undefined, phase: 'Pending' }), pod({ name: 'far', nodeName: 'n9' })], new Map([['n1', 'n1']]), notes);
    expect([...placed.componentsOn.get('n1')!]).toEqual(['apiserver']);
    expect(placed.appPods).toEqual([web]);
    expect([...placed.componentPods]).toEqual([api]);
    expect(notes).toEqual([
      "left out pods not scheduled to a node (counted in their workload's replicas): 1 pending pod (shop/pending)",
      'left out pods on nodes missing from the input: 1 pod (shop/far)',
    ]);
  });
});

describe('podsOf', () => {
  it('podsOf keeps only selected labels, readiness of running pods, init containers and sidecars', () => {
    const p = pod({
      name: 'web',
      allLabels: { app: 'web', team: 'a' },
      initContainers: [{ name: 'migrate', image: 'm', ports: [], cpu: undefined, memory: undefined }],
      sidecars: [{ name: 'proxy', image: 'envoy', ports: [], cpu: undefined, memory: undefined }],
    });
    const done = pod({ name: 'done', phase: 'Succeeded', ready: true });
    const on = podsOf([p, done], createIds([]), () => undefined, new Set(['app']), []);
    const [web, finished] = on.get('n1')!;
    expect(web).toMatchObject({ labels: { app: 'web' }, ready: true, initContainers: [{ label: 'migrate' }] });
    expect(web!.containers.map((c) => [c.label, c.sidecar])).toEqual([['proxy', true], ['c', undefined]]);
    expect(finished!.ready).toBeUndefined();
  });
});
