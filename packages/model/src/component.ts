import * as z from 'zod';
import { ElementBase } from './element.js';

/** The controllers that run inside kube-controller-manager. */
export const ControllerKind = z
  .enum(['node', 'replication', 'endpoints', 'service-account', 'token', 'deployment', 'job', 'namespace'])
  .describe('Which control loop this is.');
/** The controllers that run inside kube-controller-manager. */
export type ControllerKind = z.infer<typeof ControllerKind>;

/** One control loop inside kube-controller-manager. */
export const Controller = ElementBase.extend({
  kind: ControllerKind,
});
/** One control loop inside kube-controller-manager. */
export type Controller = z.infer<typeof Controller>;

/** The controllers that run inside cloud-controller-manager. */
export const CloudControllerKind = z
  .enum(['node', 'route', 'service'])
  .describe('Which cloud control loop this is: nodes, routes or load balancers (services).');
/** The controllers that run inside cloud-controller-manager. */
export type CloudControllerKind = z.infer<typeof CloudControllerKind>;

/** One control loop inside cloud-controller-manager. */
export const CloudController = ElementBase.extend({
  kind: CloudControllerKind,
});
/** One control loop inside cloud-controller-manager. */
export type CloudController = z.infer<typeof CloudController>;

/** kube-apiserver: the front door of the control plane. */
export const ApiServer = ElementBase.extend({
  kind: z.literal('apiserver').describe('kube-apiserver.'),
});
/** kube-apiserver: the front door of the control plane. */
export type ApiServer = z.infer<typeof ApiServer>;

/** kube-scheduler: picks a node for every new pod. */
export const Scheduler = ElementBase.extend({
  kind: z.literal('scheduler').describe('kube-scheduler.'),
});
/** kube-scheduler: picks a node for every new pod. */
export type Scheduler = z.infer<typeof Scheduler>;

/** kube-controller-manager and its control loops. */
export const ControllerManager = ElementBase.extend({
  kind: z.literal('controller-manager').describe('kube-controller-manager.'),
  controllers: z.array(Controller).describe('The control loops this process runs.'),
});
/** kube-controller-manager and its control loops. */
export type ControllerManager = z.infer<typeof ControllerManager>;

/** cloud-controller-manager: exists only when the cluster runs on a cloud. */
export const CloudControllerManager = ElementBase.extend({
  kind: z.literal('cloud-controller-manager').describe('cloud-controller-manager.'),
  controllers: z.array(CloudController).describe('The cloud-specific control loops this process runs.'),
});
/** cloud-controller-manager: exists only when the cluster runs on a cloud. */
export type CloudControllerManager = z.infer<typeof CloudControllerManager>;

/** An etcd member stacked on a control-plane node. */
export const Etcd = ElementBase.extend({
  kind: z.literal('etcd').describe('An etcd member stacked on this control-plane node.'),
});
/** An etcd member stacked on a control-plane node. */
export type Etcd = z.infer<typeof Etcd>;

/** The node agent. */
export const Kubelet = ElementBase.extend({
  kind: z.literal('kubelet').describe('kubelet, the node agent.'),
  version: z.string().optional().describe('kubelet version, as the node reports it (for example "v1.31.2").'),
});
/** The node agent. */
export type Kubelet = z.infer<typeof Kubelet>;

/** How kube-proxy programs the node's packet rules. */
export const ProxyMode = z.enum(['iptables', 'ipvs', 'nftables']).describe('The kube-proxy mode.');
/** How kube-proxy programs the node's packet rules. */
export type ProxyMode = z.infer<typeof ProxyMode>;

/** The per-node network proxy. */
export const KubeProxy = ElementBase.extend({
  kind: z.literal('kube-proxy').describe('kube-proxy, the per-node network proxy.'),
  mode: ProxyMode.optional(),
});
/** The per-node network proxy. */
export type KubeProxy = z.infer<typeof KubeProxy>;

/** Container runtimes the kubelet can drive through CRI. */
export const RuntimeName = z
  .enum(['containerd', 'cri-o', 'docker'])
  .describe('The CRI runtime: containerd, CRI-O, or Docker Engine through cri-dockerd.');
/** Container runtimes the kubelet can drive through CRI. */
export type RuntimeName = z.infer<typeof RuntimeName>;

/** The container runtime the kubelet drives through CRI. */
export const ContainerRuntime = ElementBase.extend({
  kind: z.literal('container-runtime').describe('The container runtime.'),
  runtime: RuntimeName,
  version: z.string().optional().describe('Runtime version, as the node reports it (for example "2.0.0").'),
});
/** The container runtime the kubelet drives through CRI. */
export type ContainerRuntime = z.infer<typeof ContainerRuntime>;

/** Any component that runs on a node. */
export const Component = z.discriminatedUnion('kind', [
  ApiServer,
  Scheduler,
  ControllerManager,
  CloudControllerManager,
  Etcd,
  Kubelet,
  KubeProxy,
  ContainerRuntime,
]);
/** Any component that runs on a node. */
export type Component = z.infer<typeof Component>;
/** The kinds of node component. */
export type ComponentKind = Component['kind'];

/** Component kinds that make up the control plane. */
export const CONTROL_PLANE_KINDS = [
  'apiserver',
  'scheduler',
  'controller-manager',
  'cloud-controller-manager',
  'etcd',
] as const satisfies readonly ComponentKind[];

/** Component kinds that make a node able to run pods. */
export const WORKER_KINDS = ['kubelet', 'kube-proxy', 'container-runtime'] as const satisfies readonly ComponentKind[];
