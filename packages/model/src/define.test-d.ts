import { describe, expectTypeOf, it } from 'vitest';
import type { Cluster } from './cluster.js';
import { defineCluster, type DeclaredIds } from './define.js';
import type { ViewName } from './views.js';

const spec = {
  id: 'shop',
  nodes: [
    { id: 'cp-1', role: 'control-plane' },
    { id: 'w-1', role: 'worker', pods: [{ id: 'web-1', containers: [{ id: 'web-1-nginx', image: 'nginx' }] }] },
  ],
  actors: [{ id: 'kubectl', kind: 'kubectl' }],
} as const;

describe('defineCluster types', () => {
  it('returns a resolved Cluster whose nodes have components and pods', () => {
    const cluster = defineCluster({ id: 'x', nodes: [{ id: 'cp', role: 'control-plane' }] });
    expectTypeOf(cluster).toEqualTypeOf<Cluster>();
    expectTypeOf(cluster.nodes[0]!.role).toEqualTypeOf<'control-plane' | 'worker'>();
    expectTypeOf(cluster.nodes[0]!.components[0]!.kind).toEqualTypeOf<
      'apiserver' | 'scheduler' | 'controller-manager' | 'cloud-controller-manager' | 'etcd' | 'kubelet' | 'kube-proxy' | 'container-runtime'
    >();
  });

  it('infers every declared id as a literal, including default component ids', () => {
    type Ids = DeclaredIds<typeof spec>;
    expectTypeOf<'shop' | 'cp-1' | 'w-1' | 'web-1' | 'web-1-nginx' | 'kubectl'>().toExtend<Ids>();
    expectTypeOf<'cp-1-apiserver' | 'cp-1-etcd' | 'w-1-kubelet' | 'w-1-container-runtime'>().toExtend<Ids>();
    expectTypeOf<'cp-1-api-server'>().not.toExtend<Ids>();
    expectTypeOf<string>().not.toExtend<Ids>();
  });

  it('accepts relations between declared ids and rejects a misspelt one at compile time', () => {
    defineCluster({ ...spec, relations: [{ from: 'kubectl', to: 'cp-1-apiserver', kind: 'custom' }] });
    // @ts-expect-error "cp-1-api-server" is not an id the cluster declares
    defineCluster({ ...spec, relations: [{ from: 'kubectl', to: 'cp-1-api-server', kind: 'custom' }] });
  });

  it('rejects an unknown role or component kind at compile time', () => {
    // @ts-expect-error "master" is not a node role
    defineCluster({ id: 'x', nodes: [{ id: 'cp', role: 'master' }] });
    // @ts-expect-error "api-server" is not a component kind
    defineCluster({ id: 'x', nodes: [{ id: 'cp', role: 'control-plane', components: [{ kind: 'api-server' }] }] });
  });

  it('types view names as a union', () => {
    expectTypeOf<ViewName>().toEqualTypeOf<'overview' | 'control-plane' | 'worker' | 'request-flow' | 'reconcile' | 'networking' | 'workloads'>();
  });
});
