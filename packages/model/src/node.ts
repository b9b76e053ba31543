import * as z from 'zod';
import { Component } from './component.js';
import { ElementBase } from './element.js';
import { Pod } from './pod.js';
import { CpuQuantity, MemoryQuantity } from './quantity.js';

/** What a node is for. */
export const NodeRole = z.enum(['control-plane', 'worker']).describe('control-plane hosts the control plane; worker runs workloads.');
/** What a node is for. */
export type NodeRole = z.infer<typeof NodeRole>;

/** Resources the kubelet reports for its node. */
export const Capacity = z.strictObject({
  cpu: CpuQuantity,
  memory: MemoryQuantity,
  pods: z.number().int().nonnegative().optional().describe('How many pods the node accepts.'),
});
/** Resources the kubelet reports for its node. */
export type Capacity = z.infer<typeof Capacity>;

/** What a taint does to pods that do not tolerate it. */
export const TaintEffect = z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).describe('What the taint does to pods that do not tolerate it.');
/** What a taint does to pods that do not tolerate it. */
export type TaintEffect = z.infer<typeof TaintEffect>;

/** A mark on a node that keeps away pods without a matching toleration. */
export const Taint = z.strictObject({
  key: z.string().min(1).describe('Taint key, for example "dedicated" or "node.kubernetes.io/not-ready".'),
  value: z.string().optional().describe('Taint value, matched by tolerations with operator Equal.'),
  effect: TaintEffect,
});
/** A mark on a node that keeps away pods without a matching toleration. */
export type Taint = z.infer<typeof Taint>;

/** A machine in the cluster, physical or virtual. */
export const Node = ElementBase.extend({
  role: NodeRole,
  schedulable: z
    .boolean()
    .optional()
    .describe('Whether ordinary pods may run here; a control-plane node that also runs workloads (kind, minikube) sets it.'),
  capacity: Capacity.optional(),
  taints: z.array(Taint).optional().describe('Taints that keep away pods without a matching toleration.'),
  cordoned: z.boolean().optional().describe('Cordoned (spec.unschedulable): running pods stay, no new pod is placed here.'),
  os: z.string().min(1).optional().describe('Operating system, as the kubernetes.io/os label says ("linux", "windows").'),
  arch: z.string().min(1).optional().describe('CPU architecture, as the kubernetes.io/arch label says ("amd64", "arm64").'),
  instanceType: z.string().min(1).optional().describe('Machine type, from the node.kubernetes.io/instance-type label the cloud sets ("m5.large").'),
  pool: z.string().min(1).optional().describe('Node pool or group the node belongs to, from the label the cloud sets (eks.amazonaws.com/nodegroup, cloud.google.com/gke-nodepool, kubernetes.azure.com/agentpool).'),
  zone: z.string().min(1).optional().describe('Availability zone, from the topology.kubernetes.io/zone label the cloud sets ("eu-west-1a").'),
  components: z.array(Component).describe('The Kubernetes processes running on this node.'),
  pods: z.array(Pod).describe('The pods placed on this node.'),
});
/** A machine in the cluster, physical or virtual. */
export type Node = z.infer<typeof Node>;
