import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { layoutView } from '../../layout/index.js';
import type { LayoutBox } from '../../layout/types.js';
import { agentToApi, agentToPod, cloudControllerToCloud, kubectlToApi, loadBalancerToProxy, loadBalancerToService, type Channels } from './_route-hints.js';
import type { ClusterPlan } from './_place-cluster.js';
import { PODS } from './_spacing.js';

const box = (id: string, kind: LayoutBox['kind'], x: number, y: number, w: number, h: number, parent?: string): LayoutBox => ({
  id,
  kind,
  x,
  y,
  w,
  h,
  description: '',
  container: false,
  label: { lines: [id], x: 0, y: 0, size: 12, weight: 'normal', lineHeight: 15, anchor: 'middle', width: 10 },
  ...(parent === undefined ? {} : { parent }),
});

// A worker node at x 200 and a control-plane node at x 200 above it; channels 16 px outside them.
const cpNode = box('cp', 'control-plane-node', 200, 100, 400, 100);
const wNode = box('w', 'worker-node', 200, 300, 400, 300);
const api = box('api', 'apiserver', 220, 150, 300, 36, 'cp');
const kubelet = box('kubelet', 'kubelet', 220, 340, 100, 36, 'w');
const proxy = box('proxy', 'kube-proxy', 460, 340, 100, 36, 'w');
const pod = box('pod', 'pod', 240, 420, 140, 100, 'w');
const channels: Channels = {
  plan: { clusterRight: 700, nodeChannels: new Map([['w', { laneBandTop: 380 }]]) } as unknown as ClusterPlan,
  clusterX: 150,
  kubeletLane: 250,
  lbLane: 270,
  kubectlLane: 260,
  topLane: 80,
  nodeOf: (id) => ({ api: cpNode, kubelet: wNode, proxy: wNode, pod: wNode })[id],
  channelLeft: (id) => (id === 'w' || id === 'cp' ? 184 : undefined),
  channelRight: (id) => (id === 'w' || id === 'cp' ? 616 : undefined),
  gapAbove: (_id, lane) => lane,
};
const input = (a: LayoutBox, b: LayoutBox) => ({ a, b, an: channels.nodeOf(a.id), bn: channels.nodeOf(b.id), ch: channels });

describe('route hints', () => {
  it('agentToApi runs out of the agent left, up the channel 4 px left of its node, along the kubelet lane, into the API server from the left', () => {
    expect(agentToApi(input(kubelet, api))).toEqual([
      { x: 220, y: 363 },
      { x: 180, y: 363 },
      { x: 180, y: 250 },
      { x: 180, y: 250 },
      { x: 180, y: 168 },
      { x: 220, y: 168 },
    ]);
  });
  it('agentToApi proposes nothing inside one node, nor for kubectl', () => {
    expect(agentToApi(input(box('sched', 'scheduler', 220, 110, 100, 30, 'cp'), api))).toBeUndefined();
    expect(agentToApi(input(box('k', 'kubectl', 0, 150, 100, 36), api))).toBeUndefined();
  });
  it('kubectlToApi runs halfway between kubectl and the cluster, then the kubectl lane, 10 px left of the channel', () => {
    const pts = kubectlToApi(input(box('k', 'kubectl', 0, 150, 100, 36), api))!;
    expect(pts[1]).toEqual({ x: 122, y: 168 });
    expect(pts[2]).toEqual({ x: 122, y: 260 });
    expect(pts[3]).toEqual({ x: 174, y: 260 });
    expect(pts.at(-1)).toEqual({ x: 220, y: 168 });
  });
  it('loadBalancerToProxy comes down right of the cluster and enters the proxy from the right, 5 px above its middle', () => {
    const pts = loadBalancerToProxy(input(box('lb', 'load-balancer', 760, 340, 100, 36), proxy))!;
    expect(pts.map((p) => p.x)).toEqual([760, 722, 722, 620, 620, 560]);
    expect(pts.at(-1)!.y).toBe(353);
    expect(loadBalancerToProxy(input(box('lb', 'load-balancer', 760, 340, 100, 36), kubelet))).toBeUndefined();
  });
  it('loadBalancerToService runs up the load balancer line right of the cluster, into the service from the right 10 px above its middle', () => {
    const svc = box('svc', 'service', 220, 20, 200, 40);
    expect(loadBalancerToService(input(box('lb', 'load-balancer', 760, 340, 100, 36), svc))).toEqual([
      { x: 760, y: 358 },
      { x: 722, y: 358 },
      { x: 722, y: 30 },
      { x: 420, y: 30 },
    ]);
    expect(loadBalancerToService(input(box('lb', 'load-balancer', 760, 340, 100, 36), proxy))).toBeUndefined();
    // A load balancer drawn under the cluster gets no route through itself.
    expect(loadBalancerToService(input(box('lb', 'load-balancer', 300, 700, 100, 36), svc))).toBeUndefined();
  });
  it('cloudControllerToCloud climbs to the lane over the control plane and leaves right of the cluster', () => {
    const ccm = box('ccm', 'cloud-controller-manager', 400, 110, 100, 30, 'cp');
    const cloud = box('cloud', 'cloud-provider', 760, 110, 100, 36);
    expect(cloudControllerToCloud(input(ccm, cloud))).toEqual([
      { x: 450, y: 110 },
      { x: 450, y: 80 },
      { x: 734, y: 80 },
      { x: 734, y: 128 },
      { x: 760, y: 128 },
    ]);
  });
  it("agentToPod runs the kube-proxy's fan on its own lane and channel, into the pod's title from the left", () => {
    const pts = agentToPod(input(proxy, pod), { byId: new Map([['pod', pod]]) } as never)!;
    expect(pts).toEqual([
      { x: 510, y: 376 },
      { x: 510, y: 380 + PODS.proxyLane },
      { x: 240 - PODS.channel, y: 380 + PODS.proxyLane },
      { x: 240 - PODS.channel, y: 443 },
      { x: 240, y: 443 },
    ]);
  });

  it('routes the load balancer to a kube-proxy it cannot see straight along the proposed route', () => {
    const overview = layoutView(presets.course);
    const target = overview.boxes.find((b) => b.id === 'worker-1-kube-proxy')!;
    const pts = overview.edges.find((e) => e.from === 'load-balancer' && e.to === target.id)!.points;
    expect(pts).toHaveLength(6);
    expect(pts.at(-1)).toEqual({ x: target.x + target.w, y: target.y + target.h / 2 - 5 });
  });
});
