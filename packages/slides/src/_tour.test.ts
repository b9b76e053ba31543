import { describe, expect, test } from 'vitest';
import { presets, selectView } from '@kubegram/model';
import { mentionedElements, tourCaption } from './_tour.js';

const worker = selectView(presets.course, 'worker').elements;
const controlPlane = selectView(presets.course, 'control-plane').elements;

describe('mentionedElements', () => {
  test('mentionedElements(text, elements) lists components in order of first mention, once each', () => {
    const text = 'The kubelet asks the API server for work; kube-proxy routes traffic. The kubelet then calls the container runtime.';
    expect(mentionedElements(text, worker)).toEqual(['worker-1-kubelet', 'control-plane-apiserver', 'worker-1-kube-proxy', 'worker-1-container-runtime']);
  });

  test('mentionedElements matches labels and kind names whatever the case, plurals included', () => {
    expect(mentionedElements('Kubelets start the NGINX container of web-1. CONTAINERD runs it.', worker)).toEqual(['worker-1-kubelet', 'web-1-nginx', 'web-1', 'worker-1-container-runtime']);
  });

  test('mentionedElements leaves pods and containers in general out of a tour', () => {
    expect(mentionedElements('Pods hold containers.', worker)).toEqual([]);
  });

  test('mentionedElements prefers the longer name: a cloud controller manager is not a controller manager', () => {
    const ids = mentionedElements('The cloud controller manager talks to the cloud API.', controlPlane);
    expect(ids[0]).toBe(controlPlane.find((e) => e.kind === 'cloud-controller-manager')!.id);
    expect(ids).not.toContain(controlPlane.find((e) => e.kind === 'controller-manager')!.id);
  });

  test('mentionedElements follows a request through the networking view: ingress, service, kube-proxy', () => {
    const networking = selectView(presets.haCloud, 'networking').elements;
    const text = 'The ingress sends the request to a service; kube-proxy on the node forwards it to a pod.';
    expect(mentionedElements(text, networking)).toEqual(['shop', 'web-svc', 'worker-1-kube-proxy']);
  });

  test('mentionedElements ignores words that only contain a name', () => {
    expect(mentionedElements('The etcdctl tool and a podcast.', controlPlane)).toEqual([]);
  });
});

describe('tourCaption', () => {
  test('tourCaption drops the name a description opens with, so the caption says it once', () => {
    expect(tourCaption({ label: 'containerd', description: 'containerd, the container runtime the kubelet drives through CRI.' }, 2, 4)).toEqual({
      label: '3/4 · containerd',
      text: 'The container runtime the kubelet drives through CRI.',
    });
    expect(tourCaption({ label: 'etcd', description: 'etcd: the store of the cluster.' }, 0, 1).text).toBe('The store of the cluster.');
    expect(tourCaption({ label: 'CRI-O', description: 'The CRI-O is a runtime.' }, 0, 1).text).toBe('A runtime.');
    expect(tourCaption({ label: 'Worker node 1', description: 'A worker node: it runs the containerised applications in pods.' }, 0, 4).text).toBe('It runs the containerised applications in pods.');
  });
  test('tourCaption leaves a description that does not open with the name as written', () => {
    expect(tourCaption({ label: 'kubelet', description: 'The node agent: it runs the pods the kubelet is given.' }, 0, 2)).toEqual({ label: '1/2 · kubelet', text: 'The node agent: it runs the pods the kubelet is given.' });
    expect(tourCaption({ label: 'kube', description: 'kubelet runs pods.' }, 0, 1).text).toBe('kubelet runs pods.');
    expect(tourCaption({ label: 'Workers', description: 'A worker: it runs pods.' }, 0, 1).text).toBe('A worker: it runs pods.');
  });
});
