/** Every kind of element a cluster model holds; diagrams use these as `data-kind`. */
export const ELEMENT_KINDS = [
  'cluster',
  'control-plane-node',
  'worker-node',
  'apiserver',
  'scheduler',
  'controller-manager',
  'cloud-controller-manager',
  'etcd',
  'kubelet',
  'kube-proxy',
  'container-runtime',
  'pod',
  'container',
  'kubectl',
  'load-balancer',
  'cloud-provider',
  'workload',
  'controller',
  'volume',
  'namespace',
  'service',
  'ingress',
] as const;
/** Every kind of element a cluster model holds. */
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/**
 * What prose calls each kind of element, besides an element's own label, so text can be matched to
 * the parts of a diagram. Pods and containers are left to their labels: "pods" in a sentence means
 * pods in general, not one of them.
 */
export const ELEMENT_KIND_NAMES: Readonly<Record<ElementKind, readonly string[]>> = {
  cluster: [],
  'control-plane-node': ['control-plane node', 'control plane node'],
  'worker-node': ['worker node'],
  apiserver: ['API server', 'kube-apiserver', 'apiserver'],
  scheduler: ['scheduler', 'kube-scheduler'],
  'controller-manager': ['controller manager', 'kube-controller-manager', 'controller-manager'],
  'cloud-controller-manager': ['cloud controller manager', 'cloud-controller-manager'],
  etcd: ['etcd'],
  kubelet: ['kubelet'],
  'kube-proxy': ['kube-proxy', 'kube proxy'],
  'container-runtime': ['container runtime', 'runtime'],
  pod: [],
  container: [],
  kubectl: ['kubectl'],
  'load-balancer': ['load balancer', 'load-balancer'],
  'cloud-provider': ['cloud provider', 'cloud API'],
  workload: ['deployment', 'replicaset', 'workload'],
  controller: ['controller'],
  volume: ['volume'],
  namespace: ['namespace'],
  service: ['service', 'ClusterIP', 'NodePort'],
  ingress: ['ingress'],
};
