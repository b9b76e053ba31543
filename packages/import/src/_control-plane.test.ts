import { describe, expect, it } from 'vitest';
import { componentOfPod, distributionOf, hasControlPlaneRole, hasEtcdRole } from './_control-plane.js';
import type { NodeRecord, PodRecord } from './_records.js';

const pod = (over: Partial<PodRecord>): PodRecord => ({ name: 'p', namespace: 'kube-system', at: { file: '', path: '' }, nodeName: 'n', phase: 'Running', ready: undefined, labels: {}, allLabels: {}, staticPod: false, owner: undefined, containers: [], sidecars: [], initContainers: [], ...over });
const node = (labels: Record<string, string>, kubeletVersion?: string): NodeRecord => ({ name: 'n', at: { file: '', path: '' }, labels, taints: [], unschedulable: false, providerID: undefined, capacity: { cpu: undefined, memory: undefined, pods: undefined }, kubeletVersion, runtimeVersion: undefined, os: undefined, arch: undefined });

describe('componentOfPod', () => {
  it('takes static pods with a component label (kubeadm, RKE2) or k8s-app label (Talos)', () => {
    expect(componentOfPod(pod({ staticPod: true, labels: { component: 'kube-apiserver', tier: 'control-plane' } }))).toBe('apiserver');
    expect(componentOfPod(pod({ staticPod: true, labels: { 'k8s-app': 'kube-scheduler' } }))).toBe('scheduler');
    expect(componentOfPod(pod({ staticPod: true, labels: { component: 'kube-proxy', tier: 'node' } }))).toBe('kube-proxy');
  });
  it("takes OpenShift's static pods by their app label in openshift-* namespaces", () => {
    expect(componentOfPod(pod({ namespace: 'openshift-etcd', staticPod: true, labels: { app: 'etcd', etcd: 'true' } }))).toBe('etcd');
    expect(componentOfPod(pod({ namespace: 'openshift-kube-apiserver', staticPod: true, labels: { app: 'openshift-kube-apiserver' } }))).toBe('apiserver');
    expect(componentOfPod(pod({ namespace: 'openshift-etcd', staticPod: false, labels: { app: 'etcd' } }))).toBeUndefined();
  });
  it('never makes a component from a name, nor from labels without the static-pod signal', () => {
    expect(componentOfPod(pod({ name: 'etcd-backup-29000000-abcde', owner: { kind: 'Job', name: 'etcd-backup-29000000' } }))).toBeUndefined();
    expect(componentOfPod(pod({ name: 'kube-apiserver-cp-1', labels: { component: 'kube-apiserver' } }))).toBeUndefined();
    expect(componentOfPod(pod({ namespace: 'shop', staticPod: true, labels: { component: 'etcd' } }))).toBeUndefined();
  });
  it("takes kube-proxy's DaemonSet pods, labelled as kubeadm or AKS label them", () => {
    expect(componentOfPod(pod({ labels: { 'k8s-app': 'kube-proxy' }, owner: { kind: 'DaemonSet', name: 'kube-proxy' } }))).toBe('kube-proxy');
    expect(componentOfPod(pod({ labels: { component: 'kube-proxy' }, owner: { kind: 'DaemonSet', name: 'kube-proxy' } }))).toBe('kube-proxy');
    expect(componentOfPod(pod({ labels: { 'k8s-app': 'kube-proxy' } }))).toBeUndefined();
  });
});

describe('node roles and distributions', () => {
  it('reads the role labels of kubeadm, k3s, OpenShift and RKE1, "false" meaning no', () => {
    expect(hasControlPlaneRole({ 'node-role.kubernetes.io/control-plane': '' })).toBe(true);
    expect(hasControlPlaneRole({ 'node-role.kubernetes.io/master': 'true' })).toBe(true);
    expect(hasControlPlaneRole({ 'node-role.kubernetes.io/controlplane': 'true' })).toBe(true);
    expect(hasControlPlaneRole({ 'node-role.kubernetes.io/control-plane': 'false', 'node-role.kubernetes.io/worker': 'true' })).toBe(false);
    expect(hasEtcdRole({ 'node-role.kubernetes.io/etcd': 'true' })).toBe(true);
  });
  it('tells distributions from kubelet versions and labels', () => {
    expect(distributionOf(node({}, 'v1.29.0+k3s1'))).toBe('k3s');
    expect(distributionOf(node({}, 'v1.28.9+rke2r1'))).toBe('rke2');
    expect(distributionOf(node({ 'node-role.kubernetes.io/controlplane': 'true' }))).toBe('rke1');
    expect(distributionOf(node({ 'node.openshift.io/os_id': 'rhcos' }))).toBe('openshift');
    expect(distributionOf(node({}, 'v1.31.2-eks-94953ac'))).toBe('eks');
    expect(distributionOf(node({ 'cloud.google.com/gke-nodepool': 'default-pool' }))).toBe('gke');
    expect(distributionOf(node({ 'kubernetes.azure.com/cluster': 'MC_x' }))).toBe('aks');
    expect(distributionOf(node({ 'node-role.kubernetes.io/control-plane': '' }, 'v1.31.2'))).toBeUndefined();
  });
});
