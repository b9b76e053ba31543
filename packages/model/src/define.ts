import type { Cluster } from './cluster.js';
import { parseCluster } from './parse.js';
import type { Problem } from './problem.js';
import type { ClusterSpec, ComponentSpec, PodSpec } from './spec.js';

type Arr<T> = readonly T[] | undefined;
type Each<T> = T extends readonly (infer E)[] ? E : never;
type IdOf<T> = T extends { id: infer I extends string } ? I : never;

type PodIds<P> = P extends PodSpec ? IdOf<P> | IdOf<Each<P['containers']>> | IdOf<Each<P['volumes']>> : never;
type NodeIds<N> = N extends { pods?: Arr<unknown>; components?: Arr<unknown> }
  ? IdOf<N> | PodIds<Each<N['pods']>> | IdOf<Each<N['components']>>
  : never;

/** The union of every id an authored cluster declares explicitly, as literal types. */
export type DeclaredIds<S extends ClusterSpec> =
  | IdOf<S>
  | NodeIds<Each<S['nodes']>>
  | IdOf<Each<S['workloads']>>
  | IdOf<Each<S['actors']>>
  | IdOf<Each<NonNullable<S['etcd']>['members']>>
  | DefaultComponentIds<S>;

// Components without an explicit id get `<node id>-<kind>`; offering those ids lets authors refer
// to the defaults (e.g. "cp-1-apiserver") in their own relations and still be checked.
type DefaultComponentIds<S extends ClusterSpec> = Each<S['nodes']> extends infer N
  ? N extends { id: infer I extends string }
    ? `${I}-${ComponentSpec['kind']}`
    : never
  : never;

/** Authored relations whose ends must be ids the cluster declares. */
type CheckedRefs<S extends ClusterSpec> = {
  relations?: readonly { from: DeclaredIds<S>; to: DeclaredIds<S> }[];
  workloads?: S['workloads'];
};

/** Thrown by `defineCluster` when the authored cluster breaks a rule; lists every problem. */
export class ClusterError extends Error {
  override name = 'ClusterError';
  constructor(
    readonly problems: Problem[],
    where = 'defineCluster',
  ) {
    super(`${where}: the cluster is not valid:\n${problems.map((p) => `  - ${p.path || '(cluster)'}: ${p.message}`).join('\n')}`);
  }
}

/**
 * Builds a cluster in TypeScript with the same defaults as a model file (a worker gets kubelet,
 * kube-proxy and containerd; a control-plane node gets the control plane). Relation ends are
 * checked against the declared ids at compile time; the semantic rules are checked at run time,
 * throwing a `ClusterError` that lists every problem.
 */
export function defineCluster<const S extends ClusterSpec>(spec: S & CheckedRefs<S>): Cluster {
  const result = parseCluster(spec);
  if (!result.ok) throw new ClusterError(result.errors);
  return result.cluster;
}
