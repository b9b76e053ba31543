/**
 * The typed Kubernetes cluster model: schemas, the typed builder, validation, views and presets.
 * No I/O: file loading lives in `@kubegram/model/load`.
 *
 * @module @kubegram/model
 */
export { Actor, ActorKind } from './actor.js';
export { Cloud, Cluster, EtcdCluster, EtcdTopology } from './cluster.js';
export {
  ApiServer,
  CloudController,
  CloudControllerKind,
  CloudControllerManager,
  Component,
  ContainerRuntime,
  Controller,
  ControllerKind,
  ControllerManager,
  CONTROL_PLANE_KINDS,
  Etcd,
  KubeProxy,
  Kubelet,
  ProxyMode,
  RuntimeName,
  Scheduler,
  WORKER_KINDS,
} from './component.js';
export type { ComponentKind } from './component.js';
export { ClusterError, defineCluster } from './define.js';
export type { ClusterInput, DeclaredIds, DeepReadonly } from './define.js';
export { Description, ElementBase, Id, Label } from './element.js';
export { ELEMENT_KIND_NAMES, ELEMENT_KINDS } from './element-kinds.js';
export type { ElementKind } from './element-kinds.js';
export { elementsOf, namespaceElementId } from './elements.js';
export type { ClusterElement, ElementRef } from './elements.js';
export { clusterJsonSchema } from './json-schema.js';
export { idTable } from './id-table.js';
export type { IdTable } from './id-table.js';
export { Ingress, IngressBackend, IngressRule } from './ingress.js';
export { Namespace } from './namespace.js';
export { Capacity, Node, NodeRole, Taint, TaintEffect } from './node.js';
export { parseCluster } from './parse.js';
export type { ParseResult } from './parse.js';
export { Container, Pod, PodPhase, Volume } from './pod.js';
export { presets } from './presets/index.js';
export { CpuQuantity, MemoryQuantity } from './quantity.js';
export type { PresetName } from './presets/index.js';
export { formatPath } from './problem.js';
export type { Problem, Severity } from './problem.js';
export { Relation, RelationKind } from './relation.js';
export { RELATION_LABELS } from './relation-labels.js';
export { relationsOf } from './relations.js';
export type { ResolvedRelation } from './relations.js';
export { LoadBalancerAddress, Service, ServicePort, ServiceType } from './service.js';
export { servicePods } from './service-pods.js';
export {
  ActorSpec,
  ClusterSpec,
  ComponentSpec,
  ContainerSpec,
  IngressSpec,
  NamespaceSpec,
  NodeSpec,
  PodSpec,
  ServiceSpec,
  WorkloadSpec,
} from './spec.js';
export { validateCluster } from './validate.js';
export {
  drawnIds,
  filterNamespaces,
  foldSystemNamespaces,
  groupNodePools,
  isSystemNamespace,
  mergeReplicas,
  simplifyCluster,
  SYSTEM_NAMESPACES,
} from './picture/index.js';
export type { FoldSystemOptions, GroupNodePoolsOptions, MergeReplicasOptions, NamespaceFilter, SimplifyOptions } from './picture/index.js';
export { selectView } from './select-view.js';
export type { SelectViewOptions, ViewSelection } from './select-view.js';
export { FLOW_ROLES, VIEW_NAMES, views } from './views.js';
export type { FlowRole, FlowStep, ViewDefinition, ViewName } from './views.js';
export { Replicas, Workload, WorkloadKind } from './workload.js';
