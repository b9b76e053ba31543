import type { Cluster } from './cluster.js';
import { parseCluster } from './parse.js';
import type { Problem } from './problem.js';
import type { Relation } from './relation.js';
import type { ClusterSpec, ComponentSpec } from './spec.js';

/** `T` with every array and object read-only, so `as const` specs are accepted as they are. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** What `defineCluster` accepts: the authoring format, read-only or not. */
export type ClusterInput = DeepReadonly<ClusterSpec>;
type Each<T> = T extends readonly (infer E)[] ? E : never;
type IdOf<T> = T extends { id: infer I extends string } ? I : never;

type PodIds<P> = P extends { id: string; containers: readonly unknown[] } ? IdOf<P> | IdOf<Each<P['containers']>> | IdOf<Each<P extends { volumes?: infer V } ? V : never>> : never;
// Optional keys are read through `infer` rather than a weak-type constraint, which a node without
// pods or components would fail.
type NodeIds<N> = N extends { id: string }
  ? IdOf<N> | PodIds<Each<N extends { pods?: infer P } ? P : never>> | IdOf<Each<N extends { components?: infer C } ? C : never>>
  : never;

/** The union of every id an authored cluster declares explicitly, as literal types. */
export type DeclaredIds<S extends ClusterInput> =
  | IdOf<S>
  | NodeIds<Each<S['nodes']>>
  | IdOf<Each<S['workloads']>>
  | IdOf<Each<S['actors']>>
  | IdOf<Each<NonNullable<S['etcd']>['members']>>
  | DefaultComponentIds<S>;

// Components without an explicit id get `<node id>-<kind>`; offering those ids lets authors refer
// to the defaults (e.g. "cp-1-apiserver") in their own relations and still be checked.
type DefaultComponentIds<S extends ClusterInput> = Each<S['nodes']> extends infer N
  ? N extends { id: infer I extends string }
    ? `${I}-${ComponentSpec['kind']}`
    : never
  : never;

/** Authored relations whose ends must be ids the cluster declares. */
export type CheckedRefs<S extends ClusterInput> = {
  relations?: readonly (Omit<Relation, 'from' | 'to'> & { from: DeclaredIds<S>; to: DeclaredIds<S> })[];
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
export function defineCluster<const S extends ClusterInput>(spec: S & CheckedRefs<S>): Cluster {
  const result = parseCluster(spec);
  if (!result.ok) throw new ClusterError(result.errors);
  return result.cluster;
}
