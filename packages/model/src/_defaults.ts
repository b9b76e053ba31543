import type { ActorKind } from './actor.js';
import type { CloudControllerKind, ComponentKind, ControllerKind, RuntimeName } from './component.js';
import type { ServiceType } from './service.js';
import type { WorkloadKind } from './workload.js';

// Default labels and one-line descriptions, written for the course. Authors override any of them.

export const COMPONENT_TEXT: Readonly<Record<ComponentKind, { label: string; description: string }>> = {
  apiserver: {
    label: 'kube-apiserver',
    description:
      'The front door of the control plane: kubectl and every other component read and change cluster state only through its REST API.',
  },
  scheduler: {
    label: 'kube-scheduler',
    description:
      'Watches for pods with no node yet and picks one for each, weighing the resources a pod requests against what every node has free.',
  },
  'controller-manager': {
    label: 'kube-controller-manager',
    description:
      'Runs the built-in control loops, each comparing the state a resource asks for with the state it has and acting to close the gap.',
  },
  'cloud-controller-manager': {
    label: 'cloud-controller-manager',
    description:
      'Runs the control loops that need the cloud provider: it manages nodes, routes and load balancers outside the cluster. Absent when the cluster does not run on a cloud.',
  },
  etcd: {
    label: 'etcd',
    description: 'The distributed key-value store that holds the whole state of the cluster; only the API server talks to it.',
  },
  kubelet: {
    label: 'kubelet',
    description:
      'The agent on every node: it registers the node and its CPU and memory with the API server, asks which pods to run, and keeps their containers running and healthy.',
  },
  'kube-proxy': {
    label: 'kube-proxy',
    description:
      'The network proxy on every node: it programs the rules that route and balance traffic for services to the right pods.',
  },
  'container-runtime': {
    label: 'container runtime',
    description: 'Pulls images and starts and stops containers, driven by the kubelet through the Container Runtime Interface (CRI).',
  },
};

export const RUNTIME_TEXT: Readonly<Record<RuntimeName, { label: string; description: string }>> = {
  containerd: {
    label: 'containerd',
    description: 'containerd, the container runtime the kubelet drives through CRI to pull images and run containers.',
  },
  'cri-o': {
    label: 'CRI-O',
    description: 'CRI-O, a container runtime built for Kubernetes, which the kubelet drives through CRI.',
  },
  docker: {
    label: 'Docker Engine',
    description: 'Docker Engine, which the kubelet reaches through the cri-dockerd adapter because Docker does not speak CRI itself.',
  },
};

export const CONTROLLER_TEXT: Readonly<Record<ControllerKind, { label: string; description: string }>> = {
  node: { label: 'node controller', description: 'Notices when a node stops reporting and evicts its pods after a grace period.' },
  replication: {
    label: 'replication controller',
    description: 'Keeps the number of running pod replicas equal to the number the workload asks for.',
  },
  endpoints: {
    label: 'endpoints controller',
    description: 'Keeps the list of ready pod addresses behind every service up to date.',
  },
  'service-account': {
    label: 'service account controller',
    description: 'Creates a default service account in every new namespace.',
  },
  token: { label: 'token controller', description: 'Issues and cleans up the API tokens of service accounts.' },
  deployment: {
    label: 'deployment controller',
    description: 'Rolls a Deployment forward by creating and scaling its ReplicaSets.',
  },
  job: { label: 'job controller', description: 'Runs pods for a Job until the required number have finished.' },
  namespace: { label: 'namespace controller', description: 'Deletes everything in a namespace that is being removed.' },
};

export const CLOUD_CONTROLLER_TEXT: Readonly<Record<CloudControllerKind, { label: string; description: string }>> = {
  node: {
    label: 'cloud node controller',
    description: 'Labels nodes with their cloud zone and instance type and removes nodes whose machines were deleted.',
  },
  route: { label: 'route controller', description: 'Sets up routes in the cloud network so pods on different nodes can reach each other.' },
  service: {
    label: 'service controller',
    description: 'Creates, updates and deletes the cloud load balancers behind LoadBalancer services.',
  },
};

export const ACTOR_TEXT: Readonly<Record<ActorKind, { label: string; description: string }>> = {
  kubectl: {
    label: 'kubectl',
    description: 'The Kubernetes command-line client: a user creates and manages resources by sending requests to the API server.',
  },
  'load-balancer': {
    label: 'load balancer',
    description: 'An external load balancer that sends client requests to the nodes, where kube-proxy forwards them to pods.',
  },
  'cloud-provider': {
    label: 'cloud provider API',
    description: "The cloud provider's API, through which the cloud-controller-manager manages machines, routes and load balancers.",
  },
};

export const WORKLOAD_TEXT: Readonly<Record<WorkloadKind, string>> = {
  Deployment: 'A Deployment: stateless replicas that controllers keep at the desired count and roll forward on change.',
  ReplicaSet: 'A ReplicaSet: keeps a fixed number of identical pods running.',
  StatefulSet: 'A StatefulSet: replicas with stable names and their own storage.',
  DaemonSet: 'A DaemonSet: one pod on every matching node.',
  Job: 'A Job: pods that run to completion.',
  CronJob: 'A CronJob: a Job started on a schedule.',
};

export const SERVICE_TEXT: Readonly<Record<ServiceType, string>> = {
  ClusterIP: 'A ClusterIP service: one virtual address inside the cluster in front of the pods its selector matches.',
  NodePort: 'A NodePort service: reachable on a port of every node, forwarded to the pods its selector matches.',
  LoadBalancer: 'A LoadBalancer service: a cloud load balancer in front of a port on every node, forwarded to the pods its selector matches.',
  ExternalName: 'An ExternalName service: a DNS alias for a name outside the cluster.',
};

export const NODE_TEXT = {
  'control-plane': 'A control-plane node: it hosts the control plane that manages the cluster.',
  worker: 'A worker node: it runs the containerised applications in pods.',
} as const;

export const DEFAULT_CONTROLLERS: readonly ControllerKind[] = ['node', 'replication', 'endpoints', 'service-account', 'token'];
export const DEFAULT_CLOUD_CONTROLLERS: readonly CloudControllerKind[] = ['node', 'route', 'service'];
