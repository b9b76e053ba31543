import type { ElementKind } from '@kubegram/model';

/** Short names the badges carry, in the spirit of the Kubernetes community icons. */
export const ICON_TEXT: Readonly<Record<ElementKind, string>> = {
  cluster: 'k8s',
  'control-plane-node': 'cp',
  'worker-node': 'node',
  apiserver: 'api',
  scheduler: 'sch',
  'controller-manager': 'cm',
  'cloud-controller-manager': 'ccm',
  etcd: 'etcd',
  kubelet: 'klt',
  'kube-proxy': 'kp',
  'container-runtime': 'cri',
  pod: 'pod',
  container: 'ctr',
  kubectl: '>_',
  'load-balancer': 'lb',
  'cloud-provider': 'cld',
  workload: 'wl',
  controller: 'ctl',
  volume: 'vol',
  namespace: 'ns',
  service: 'svc',
  ingress: 'ing',
};
