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

/** A machine in the cluster, physical or virtual. */
export const Node = ElementBase.extend({
  role: NodeRole,
  schedulable: z
    .boolean()
    .optional()
    .describe('Whether ordinary pods may run here; a control-plane node that also runs workloads (kind, minikube) sets it.'),
  capacity: Capacity.optional(),
  components: z.array(Component).describe('The Kubernetes processes running on this node.'),
  pods: z.array(Pod).describe('The pods placed on this node.'),
});
/** A machine in the cluster, physical or virtual. */
export type Node = z.infer<typeof Node>;
