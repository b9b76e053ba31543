import type { ComponentKind } from '@kubegram/model';
import type { NodeRecord, PodRecord } from './_records.js';

/** The control-plane component kinds, in the order a node lists them. */
export const CONTROL_PLANE_ORDER = ['apiserver', 'scheduler', 'controller-manager', 'cloud-controller-manager', 'etcd'] as const satisfies readonly ComponentKind[];

// kubeadm, minikube, kind and RKE2 label their static pods `component: <binary>`; Talos labels them
// `k8s-app: <binary>`.
const BY_COMPONENT_LABEL: Record<string, ComponentKind> = {
  'kube-apiserver': 'apiserver',
  'kube-scheduler': 'scheduler',
  'kube-controller-manager': 'controller-manager',
  'cloud-controller-manager': 'cloud-controller-manager',
  etcd: 'etcd',
  'kube-proxy': 'kube-proxy',
};
// OpenShift's static pods live in openshift-* namespaces and carry `app` labels instead.
const BY_APP_LABEL: Record<string, ComponentKind> = {
  'openshift-kube-apiserver': 'apiserver',
  'openshift-kube-scheduler': 'scheduler',
  'kube-controller-manager': 'controller-manager',
  etcd: 'etcd',
};

/**
 * The node component a pod is, from real signals only: a static (mirror) pod of kube-system or an
 * openshift-* namespace with a component label, or kube-proxy's DaemonSet pod. A pod's name alone
 * never makes a component: `etcd-backup-…` is an application.
 */
export function componentOfPod(pod: PodRecord): ComponentKind | undefined {
  const systemNamespace = pod.namespace === 'kube-system' || pod.namespace.startsWith('openshift-');
  if (pod.staticPod && systemNamespace) {
    const label = pod.labels.component ?? pod.labels['k8s-app'];
    const byComponent = label === undefined ? undefined : BY_COMPONENT_LABEL[label];
    if (byComponent !== undefined) return byComponent;
    if (pod.namespace.startsWith('openshift-') && pod.labels.app !== undefined) return BY_APP_LABEL[pod.labels.app];
    return undefined;
  }
  // kube-proxy's DaemonSet pods: `k8s-app: kube-proxy` (kubeadm, kind, EKS) or `component: kube-proxy` (AKS).
  const proxyLabel = pod.labels['k8s-app'] === 'kube-proxy' || pod.labels.component === 'kube-proxy';
  if (pod.namespace === 'kube-system' && proxyLabel && pod.owner?.kind === 'DaemonSet') return 'kube-proxy';
  return undefined;
}

const ROLE = 'node-role.kubernetes.io/';
const set = (labels: Record<string, string>, key: string) => labels[key] !== undefined && labels[key] !== 'false';

/** Whether a node's labels make it a control-plane node (kubeadm, k3s, OpenShift, RKE1's `controlplane=true`). */
export function hasControlPlaneRole(labels: Record<string, string>): boolean {
  return set(labels, `${ROLE}control-plane`) || set(labels, `${ROLE}master`) || set(labels, `${ROLE}controlplane`);
}

/** Whether a node's labels say it runs an etcd member (RKE1 `etcd=true`, k3s and RKE2 with embedded etcd). */
export function hasEtcdRole(labels: Record<string, string>): boolean {
  return set(labels, `${ROLE}etcd`);
}

/** The distributions whose control plane runs outside pods, or that hide it. */
export type Distribution = 'k3s' | 'rke2' | 'rke1' | 'openshift' | 'eks' | 'gke' | 'aks' | 'doks';

/** Which distribution a node belongs to, from its kubelet version and labels; undefined for plain kubeadm-like nodes. */
export function distributionOf(node: NodeRecord): Distribution | undefined {
  const version = node.kubeletVersion ?? '';
  const labels = node.labels;
  if (version.includes('+k3s') || labels['node.kubernetes.io/instance-type'] === 'k3s') return 'k3s';
  if (version.includes('+rke2')) return 'rke2';
  if (labels[`${ROLE}controlplane`] === 'true' || (labels[`${ROLE}etcd`] === 'true' && labels[`${ROLE}control-plane`] === undefined)) return 'rke1';
  if (Object.keys(labels).some((l) => l.startsWith('node.openshift.io/'))) return 'openshift';
  if (version.includes('-eks-') || Object.keys(labels).some((l) => l.startsWith('eks.amazonaws.com/'))) return 'eks';
  if (version.includes('-gke.') || labels['cloud.google.com/gke-nodepool'] !== undefined) return 'gke';
  if (Object.keys(labels).some((l) => l.startsWith('kubernetes.azure.com/'))) return 'aks';
  if (Object.keys(labels).some((l) => l.startsWith('doks.digitalocean.com/'))) return 'doks';
  return undefined;
}

/** The name of the managed service behind a distribution, for the label of its hidden control plane. */
export const MANAGED: Partial<Record<Distribution, string>> = { eks: 'EKS', gke: 'GKE', aks: 'AKS', doks: 'DOKS' };
