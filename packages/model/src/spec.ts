import * as z from 'zod';
import { Actor } from './actor.js';
import { Cloud, EtcdTopology } from './cluster.js';
import {
  ApiServer,
  CloudController,
  CloudControllerManager,
  ContainerRuntime,
  Controller,
  ControllerManager,
  Etcd,
  KubeProxy,
  Kubelet,
  RuntimeName,
  Scheduler,
} from './component.js';
import { Description, Id, Label } from './element.js';
import { Ingress } from './ingress.js';
import { Namespace } from './namespace.js';
import { Node } from './node.js';
import { Container, Pod, Volume } from './pod.js';
import { Relation } from './relation.js';
import { Service, ServiceType } from './service.js';
import { Workload } from './workload.js';

// The authoring format: what people write in YAML or pass to `defineCluster`. Every field that
// Kubegram can derive is optional here; `parseCluster` fills it in and returns a `Cluster`.
const optionalText = {
  label: Label.optional(),
  description: Description.optional(),
};
const optionalElement = { id: Id.optional(), ...optionalText };

/** A control loop as authored; id and text default from its kind. */
export const ControllerSpec = Controller.extend(optionalElement);
/** A control loop as authored. */
export type ControllerSpec = z.input<typeof ControllerSpec>;

/** A cloud control loop as authored. */
export const CloudControllerSpec = CloudController.extend(optionalElement);
/** A cloud control loop as authored. */
export type CloudControllerSpec = z.input<typeof CloudControllerSpec>;

/** A node component as authored: only `kind` is required. */
export const ComponentSpec = z.discriminatedUnion('kind', [
  ApiServer.extend(optionalElement),
  Scheduler.extend(optionalElement),
  ControllerManager.extend({ ...optionalElement, controllers: z.array(ControllerSpec).optional() }),
  CloudControllerManager.extend({ ...optionalElement, controllers: z.array(CloudControllerSpec).optional() }),
  Etcd.extend(optionalElement),
  Kubelet.extend(optionalElement),
  KubeProxy.extend(optionalElement),
  ContainerRuntime.extend({ ...optionalElement, runtime: RuntimeName.optional() }),
]);
/** A node component as authored. */
export type ComponentSpec = z.input<typeof ComponentSpec>;

/** A container as authored: the image is required, id and label default from it. */
export const ContainerSpec = Container.extend(optionalElement);
/** A container as authored. */
export type ContainerSpec = z.input<typeof ContainerSpec>;

/** A volume as authored. */
export const VolumeSpec = Volume.extend(optionalText);
/** A volume as authored. */
export type VolumeSpec = z.input<typeof VolumeSpec>;

/** A pod as authored. */
export const PodSpec = Pod.extend({
  ...optionalText,
  containers: z
    .array(ContainerSpec)
    .min(1, { message: 'expected at least one container: a pod runs one or more containers' })
    .describe('The containers of the pod; they share its network and volumes.'),
  volumes: z.array(VolumeSpec).optional().describe('Storage shared by the containers of the pod.'),
  initContainers: z
    .array(ContainerSpec)
    .optional()
    .describe('Containers that run to completion, one after another, before the containers start.'),
});
/** A pod as authored. */
export type PodSpec = z.input<typeof PodSpec>;

/** A node as authored; components default from its role. */
export const NodeSpec = Node.extend({
  ...optionalText,
  components: z
    .array(ComponentSpec)
    .optional()
    .describe('Processes on the node; when absent they follow from the role (a worker gets kubelet, kube-proxy and containerd).'),
  runtime: RuntimeName.optional().describe('Shorthand for the default container runtime when components are not listed.'),
  pods: z.array(PodSpec).optional().describe('The pods placed on this node.'),
});
/** A node as authored. */
export type NodeSpec = z.input<typeof NodeSpec>;

/** A workload as authored. */
export const WorkloadSpec = Workload.extend(optionalText);
/** A workload as authored. */
export type WorkloadSpec = z.input<typeof WorkloadSpec>;

/** A namespace as authored: its id is its name. */
export const NamespaceSpec = Namespace.extend(optionalText);
/** A namespace as authored. */
export type NamespaceSpec = z.input<typeof NamespaceSpec>;

/** A service as authored; a ClusterIP service when no type is given. */
export const ServiceSpec = Service.extend({ ...optionalText, type: ServiceType.optional() });
/** A service as authored. */
export type ServiceSpec = z.input<typeof ServiceSpec>;

/** An ingress as authored. */
export const IngressSpec = Ingress.extend(optionalText);
/** An ingress as authored. */
export type IngressSpec = z.input<typeof IngressSpec>;

/** An external actor as authored. */
export const ActorSpec = Actor.extend(optionalText);
/** An external actor as authored. */
export type ActorSpec = z.input<typeof ActorSpec>;

/** The authoring format of a cluster model file. */
export const ClusterSpec = z.strictObject({
  $schema: z.string().optional().describe('JSON Schema reference for editors; ignored by Kubegram.'),
  id: Id,
  ...optionalText,
  cloud: Cloud.optional(),
  etcd: z
    .strictObject({
      topology: EtcdTopology.optional(),
      members: z.array(Etcd.extend({ ...optionalText, kind: z.literal('etcd').optional() })).optional().describe('Members of an external etcd cluster.'),
    })
    .optional()
    .describe('Where etcd runs; stacked on the control-plane nodes when absent.'),
  nodes: z.array(NodeSpec).describe('The machines of the cluster.'),
  namespaces: z.array(NamespaceSpec).optional().describe('The namespaces; when listed, every namespaced object must name one of them.'),
  workloads: z.array(WorkloadSpec).optional().describe('Applications with desired and current replica counts.'),
  services: z.array(ServiceSpec).optional().describe('Stable addresses in front of the pods their selectors match.'),
  ingresses: z.array(IngressSpec).optional().describe('HTTP routes from outside the cluster to services.'),
  actors: z.array(ActorSpec).optional().describe('What sits outside the cluster: kubectl, a load balancer, the cloud API.'),
  relations: z.array(Relation).optional().describe('Edges to add to the ones Kubernetes implies.'),
});
/** The authoring format of a cluster model file. */
export type ClusterSpec = z.input<typeof ClusterSpec>;
