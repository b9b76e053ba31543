import * as z from 'zod';
import { Actor } from './actor.js';
import { Etcd } from './component.js';
import { ElementBase } from './element.js';
import { Ingress } from './ingress.js';
import { Namespace } from './namespace.js';
import { Node } from './node.js';
import { Relation } from './relation.js';
import { Service } from './service.js';
import { Workload } from './workload.js';

/** The cloud the cluster runs on; its presence is what allows a cloud-controller-manager. */
export const Cloud = z.strictObject({
  provider: z.string().min(1).describe('Cloud provider name, for example "aws", "gcp" or "azure".'),
  region: z.string().optional().describe('Region the cluster runs in.'),
});
/** The cloud the cluster runs on. */
export type Cloud = z.infer<typeof Cloud>;

/** Where etcd runs: one member on each control-plane node, or a separate cluster of its own. */
export const EtcdTopology = z.enum(['stacked', 'external']).describe('stacked on control-plane nodes, or an external etcd cluster.');
/** Where etcd runs. */
export type EtcdTopology = z.infer<typeof EtcdTopology>;

/** The cluster's etcd arrangement. */
export const EtcdCluster = z.strictObject({
  topology: EtcdTopology,
  members: z.array(Etcd).describe('The members of an external etcd cluster; empty when stacked.'),
});
/** The cluster's etcd arrangement. */
export type EtcdCluster = z.infer<typeof EtcdCluster>;

/** A Kubernetes cluster: its nodes, what runs on them, and what it talks to. */
export const Cluster = ElementBase.extend({
  $schema: z.string().optional().describe('JSON Schema reference for editors; ignored by Kubegram.'),
  cloud: Cloud.optional(),
  etcd: EtcdCluster,
  nodes: z.array(Node).describe('The machines of the cluster.'),
  namespaces: z.array(Namespace).optional().describe('The namespaces; when listed, every namespaced object must name one of them.'),
  workloads: z.array(Workload).describe('Applications and their desired and current replica counts.'),
  services: z.array(Service).optional().describe('Stable addresses in front of the pods their selectors match.'),
  ingresses: z.array(Ingress).optional().describe('HTTP routes from outside the cluster to services.'),
  actors: z.array(Actor).describe('What sits outside the cluster: kubectl, a load balancer, the cloud API.'),
  relations: z.array(Relation).describe('Edges the author adds to the ones Kubernetes implies.'),
});
/** A Kubernetes cluster, fully resolved: every element has its label, description and components. */
export type Cluster = z.infer<typeof Cluster>;
