import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { realCluster, servicesCluster } from '../../../test/_real-cluster.js';
import { problemsOf, sharedSegmentsOf } from '../../../test/_svg-geometry.js';
import { layoutView, type LayoutOptions } from '../../layout/index.js';
import type { Layout, LayoutBox, Point } from '../../layout/types.js';
import { toSvg } from '../../svg/to-svg.js';
import { acrossFoldedRow, agentToApi, agentToPod, cloudControllerToCloud, cloudControllerToCloudBelow, kubectlToApi, loadBalancerToProxy, loadBalancerToService, type Channels } from './_route-hints.js';
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
  plan: { clusterRight: 700, workers: [wNode], nodeChannels: new Map([['w', { laneBandTop: 380 }]]) } as unknown as ClusterPlan,
  clusterX: 150,
  clusterBottom: 640,
  kubeletLane: 250,
  lbLane: 270,
  kubectlLane: 260,
  topLane: 80,
  nodeOf: (id) => ({ api: cpNode, kubelet: wNode, proxy: wNode, pod: wNode, w: wNode, cp: cpNode })[id],
  channelLeft: (id) => (id === 'w' || id === 'cp' ? 184 : undefined),
  channelRight: (id) => (id === 'w' || id === 'cp' ? 616 : undefined),
  gapAbove: (_id, lane) => lane,
};
const input = (a: LayoutBox, b: LayoutBox) => ({ a, b, an: channels.nodeOf(a.id), bn: channels.nodeOf(b.id), ch: channels });

describe('route hints', () => {
  it('agentToApi runs out of the agent left, up the channel 4 px left of its node, along the kubelet lane, into the API server from the left', () => {
    // The control plane's channel 30 px left of the worker's.
    const apart = { ...channels, channelLeft: (id: string) => (id === 'w' ? 184 : id === 'cp' ? 154 : undefined) };
    expect(agentToApi({ ...input(kubelet, api), ch: apart })).toEqual([
      { x: 220, y: 363 },
      { x: 180, y: 363 },
      { x: 180, y: 250 },
      { x: 150, y: 250 },
      { x: 150, y: 168 },
      { x: 220, y: 168 },
    ]);
  });
  it('agentToApi climbs the line of the API server straight when the channels are less than two corners apart', () => {
    // In line: no step along the lane at all.
    expect(agentToApi(input(kubelet, api))).toEqual([
      { x: 220, y: 363 },
      { x: 180, y: 363 },
      { x: 180, y: 168 },
      { x: 220, y: 168 },
    ]);
    // 11 px apart, as a worker stacked under the control plane of the course in its column: no step
    // of two corners of 6 px, the API server's line from the start.
    const near = { ...channels, channelLeft: (id: string) => (id === 'w' ? 184 : id === 'cp' ? 195 : undefined) };
    expect(agentToApi({ ...input(kubelet, api), ch: near })).toEqual([
      { x: 220, y: 363 },
      { x: 191, y: 363 },
      { x: 191, y: 168 },
      { x: 220, y: 168 },
    ]);
  });
  it('layoutView of the course, natural or fitted, draws no edge stepping aside by less than two corners between two turns', () => {
    for (const opts of [{}, { fit: { width: 662 }, minFontPx: 12 }, { fit: { width: 390 }, minFontPx: 12 }] as LayoutOptions[]) {
      const steps: string[] = [];
      for (const e of layoutView(presets.course, opts).edges) {
        const p = e.points;
        for (let i = 1; i + 2 < p.length; i++) {
          const [a, b, c, d] = [p[i - 1]!, p[i]!, p[i + 1]!, p[i + 2]!];
          // A step: the segments before and after it run the same way, side by side.
          const sameWay = Math.sign(b.x - a.x) === Math.sign(d.x - c.x) && Math.sign(b.y - a.y) === Math.sign(d.y - c.y);
          if (sameWay && Math.abs(c.x - b.x) + Math.abs(c.y - b.y) < 12) steps.push(`${e.id}: ${JSON.stringify([b, c])}`);
        }
      }
      expect(steps).toEqual([]);
    }
  });
  it('acrossFoldedRow runs between the columns of a folded row, each column on its own line 3 px from the middle of the gap, into the top of the API server', () => {
    const etcd = box('etcd', 'etcd', 220, 104, 150, 30, 'cp');
    const sched = box('sched', 'scheduler', 384, 104, 150, 30, 'cp');
    const nodeOf = (b: LayoutBox) => (b.parent === 'cp' ? cpNode : undefined);
    const across = (a: LayoutBox, b: LayoutBox) => acrossFoldedRow({ a, b, an: nodeOf(a), bn: nodeOf(b), ch: channels });
    // The gap between the columns runs from 370 to 384: the left column's line at 374, the right one's at 380.
    expect(across(sched, api)).toEqual([
      { x: 384, y: 119 },
      { x: 380, y: 119 },
      { x: 380, y: 150 },
    ]);
    expect(across(api, etcd)).toEqual([
      { x: 374, y: 150 },
      { x: 374, y: 119 },
      { x: 370, y: 119 },
    ]);
    // Nothing for a part beside the API server or under it, nor across nodes.
    expect(across(box('cm', 'controller-manager', 220, 160, 100, 30, 'cp'), api)).toBeUndefined();
    expect(across(kubelet, api)).toBeUndefined();
  });
  it('layoutView of the course fitted to a column or a phone folds the control plane into rows and routes its parts to the API server on lines of their own', () => {
    for (const width of [662, 390]) {
      const opts = { fit: { width }, minFontPx: 12 };
      const svg = toSvg(presets.course, opts);
      const l = layoutView(presets.course, opts);
      const at = (kind: string) => l.boxes.find((b) => b.kind === kind)!;
      // etcd and the scheduler sit over the controller managers, which sit over the API server.
      expect(at('etcd').y + at('etcd').h).toBeLessThan(at('controller-manager').y);
      expect(sharedSegmentsOf(svg)).toEqual([]);
      expect(problemsOf(svg)).toEqual([]);
    }
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
  it('loadBalancerToProxy enters a node the kube-proxy folded into level with its title, on the right', () => {
    const pts = loadBalancerToProxy(input(box('lb', 'load-balancer', 760, 340, 100, 36), wNode))!;
    expect(pts.map((p) => p.x)).toEqual([760, 722, 722, 620, 620, 600]);
    expect(pts.at(-1)!.y).toBe(300 + 14 + 9);
  });
  it('loadBalancerToProxy in a cluster of control-plane nodes only runs straight across to the channel right of the node', () => {
    const alone = { ...channels, plan: { ...channels.plan, workers: [] } };
    const pts = loadBalancerToProxy({ ...input(box('lb', 'load-balancer', 760, 500, 100, 36), proxy), ch: alone })!;
    expect(pts).toEqual([
      { x: 760, y: 518 },
      { x: 620, y: 518 },
      { x: 620, y: 353 },
      { x: 560, y: 353 },
    ]);
  });
  it('loadBalancerToProxy from under the cluster climbs from the top of the load balancer into the gap over it, then the channel right of the node', () => {
    expect(loadBalancerToProxy(input(box('lb', 'load-balancer', 300, 696, 100, 36), proxy))).toEqual([
      { x: 350, y: 696 },
      { x: 350, y: 640 + 56 * 0.35 },
      { x: 620, y: 640 + 56 * 0.35 },
      { x: 620, y: 353 },
      { x: 560, y: 353 },
    ]);
    // From a second row of the outside world the trunk would cross the first row.
    expect(loadBalancerToProxy(input(box('lb', 'load-balancer', 300, 760, 100, 36), proxy))).toBeUndefined();
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
  it('kubectlToApi from under the cluster leaves kubectl on the left and climbs the margin 8 px left of the cluster', () => {
    const pts = kubectlToApi(input(box('k', 'kubectl', 150, 700, 100, 36), api))!;
    expect(pts.slice(0, 4)).toEqual([
      { x: 150, y: 718 },
      { x: 142, y: 718 },
      { x: 142, y: 260 },
      { x: 174, y: 260 },
    ]);
    expect(pts.at(-1)).toEqual({ x: 220, y: 168 });
  });
  it('cloudControllerToCloudBelow climbs to the lane over the control plane, straight or by the channel right of its node, and comes down the margin 16 px left of the cluster, or right of it', () => {
    const ccm = box('ccm', 'cloud-controller-manager', 400, 110, 100, 30, 'cp');
    const cloud = box('cloud', 'cloud-provider', 150, 750, 100, 40);
    const down = [
      { x: 134, y: 80 },
      { x: 134, y: 770 },
      { x: 150, y: 770 },
    ];
    const downRight = [
      { x: 716, y: 80 },
      { x: 716, y: 770 },
      { x: 250, y: 770 },
    ];
    expect(cloudControllerToCloudBelow({ ...input(ccm, cloud), an: cpNode })).toEqual([
      [{ x: 450, y: 110 }, { x: 450, y: 80 }, ...down],
      [{ x: 500, y: 125 }, { x: 616, y: 125 }, { x: 616, y: 80 }, ...down],
      [{ x: 450, y: 110 }, { x: 450, y: 80 }, ...downRight],
      [{ x: 500, y: 125 }, { x: 616, y: 125 }, { x: 616, y: 80 }, ...downRight],
    ]);
    // Beside the cluster the cloud API keeps its own route, out right.
    expect(cloudControllerToCloudBelow(input(ccm, box('cloud', 'cloud-provider', 760, 110, 100, 36)))).toEqual([]);
    expect(cloudControllerToCloud(input(ccm, cloud))).toBeUndefined();
    // With no worker nodes in the way the router finds the shorter way down itself.
    const alone = { ...channels, plan: { ...channels.plan, workers: [] } };
    expect(cloudControllerToCloudBelow({ ...input(ccm, cloud), ch: alone })).toEqual([]);
  });
  it('routes the outside world drawn under the cluster of a narrow column along the proposed routes, clear of every box', () => {
    const opts = { fit: { width: 662 }, minFontPx: 12 };
    const l = layoutView(presets.course, opts);
    const at = (id: string) => l.boxes.find((b) => b.id === id)!;
    const cluster = l.boxes.find((b) => b.kind === 'cluster')!;
    expect(at('kubectl').y).toBeGreaterThan(cluster.y + cluster.h);
    const kubectl = l.edges.find((e) => e.from === 'kubectl')!.points;
    expect(kubectl[1]).toEqual({ x: cluster.x - 8, y: kubectl[0]!.y });
    const toCloud = l.edges.find((e) => at(e.to).kind === 'cloud-provider')!;
    const cloud = at(toCloud.to);
    expect(cloud.y).toBeGreaterThan(cluster.y + cluster.h);
    expect(toCloud.points.slice(-2)).toEqual([
      { x: cluster.x - 16, y: cloud.y + cloud.h / 2 },
      { x: cloud.x, y: cloud.y + cloud.h / 2 },
    ]);
    expect(problemsOf(toSvg(presets.course, opts))).toEqual([]);
  });
  it("agentToPod runs the kube-proxy's fan on its own lane and channel, into the pod's title from the left", () => {
    const pts = agentToPod(input(proxy, pod), { at: new Map([['pod', 0]]), boxes: [pod] } as never)!;
    expect(pts).toEqual([
      { x: 510, y: 376 },
      { x: 510, y: 380 + PODS.proxyLane },
      { x: 240 - PODS.channel, y: 380 + PODS.proxyLane },
      { x: 240 - PODS.channel, y: 443 },
      { x: 240, y: 443 },
    ]);
  });

  it("agentToPod enters a container from the right, in its pod's channel, whether its pod is given or looked up", () => {
    const container = box('c', 'container', 260, 460, 60, 30, 'pod');
    const runtime = box('runtime', 'container-runtime', 340, 340, 100, 36, 'w');
    const at = (a: LayoutBox, b: LayoutBox) => ({ ...input(a, b), an: wNode, bn: wNode });
    const looked = agentToPod(at(runtime, container), { at: new Map([['pod', 0]]), boxes: [pod] } as never);
    const given = agentToPod({ ...at(runtime, container), bHolder: pod }, { at: new Map(), boxes: [] } as never);
    expect(looked).toEqual([
      { x: 390, y: 376 },
      { x: 390, y: 380 + PODS.runtimeLane },
      { x: 380 + PODS.channel, y: 380 + PODS.runtimeLane },
      { x: 380 + PODS.channel, y: 475 },
      { x: 320, y: 475 },
    ]);
    expect(given).toEqual(looked);
  });

  it('routes the load balancer to a kube-proxy it cannot see straight along the proposed route', () => {
    const overview = layoutView(presets.course);
    const target = overview.boxes.find((b) => b.id === 'worker-1-kube-proxy')!;
    const pts = overview.edges.find((e) => e.from === 'load-balancer' && e.to === target.id)!.points;
    expect(pts).toHaveLength(6);
    expect(pts.at(-1)).toEqual({ x: target.x + target.w, y: target.y + target.h / 2 - 5 });
  });
});

// The load balancer's edges to the kube-proxies (or to the nodes they folded into) of a picture.
const lbEdges = (l: Layout) =>
  l.edges.filter((e) => l.boxes.find((b) => b.id === e.from)?.kind === 'load-balancer' && ['kube-proxy', 'worker-node', 'control-plane-node'].includes(l.boxes.find((b) => b.id === e.to)?.kind ?? ''));

// Pairs of stretches of two different edges that run side by side, parallel and overlapping, closer than 6 px but not on one line.
function sideBySide(edges: readonly { id: string; points: readonly Point[] }[]): string[] {
  const runs = edges.flatMap((e) =>
    e.points.slice(1).map((p, i) => {
      const q = e.points[i]!;
      const flat = Math.abs(p.y - q.y) < 0.01;
      return { id: e.id, flat, at: flat ? p.y : p.x, lo: Math.min(flat ? p.x : p.y, flat ? q.x : q.y), hi: Math.max(flat ? p.x : p.y, flat ? q.x : q.y) };
    }),
  );
  const out: string[] = [];
  for (const r of runs) {
    for (const o of runs) {
      const gap = Math.abs(r.at - o.at);
      if (r.id < o.id && r.flat === o.flat && gap > 0.01 && gap < 6 && Math.min(r.hi, o.hi) - Math.max(r.lo, o.lo) > 1) out.push(`${r.id} and ${o.id} ${gap.toFixed(1)} px apart`);
    }
  }
  return out;
}

describe("the load balancer's bus to the kube-proxies", () => {
  const cases: [string, Parameters<typeof layoutView>[0], LayoutOptions][] = [];
  for (const [name, c] of [['course', presets.course], ['haCloud', presets.haCloud], ['real 12', realCluster(12)]] as const) {
    for (const view of ['overview', 'networking'] as const) {
      for (const fit of [undefined, { width: 662 }, { width: 390 }, { width: 1136, height: 464 }]) cases.push([`${name} ${view} ${JSON.stringify(fit ?? 'auto')}`, c, { view, ...(fit ? { fit, minFontPx: 12 } : {}) }]);
    }
  }
  cases.push(['real 40 in pools', realCluster(40), { groupNodes: 3, mergeReplicas: true }]);
  for (const [name, cluster, opts] of cases) {
    it(`layoutView(${name}) leaves the load balancer once and fans out without parallel lines, every stretch clear of other boxes`, () => {
      const l = layoutView(cluster, opts);
      const edges = lbEdges(l);
      // Where the workers are drawn as one node of their role, one edge reaches their one kube-proxy.
      const workersAsOne = l.folded.some((f) => f.includes('drawn with the first node of their role'));
      expect(edges.length).toBeGreaterThan(workersAsOne ? 0 : 1);
      expect(new Set(edges.map((e) => JSON.stringify(e.points[0])))).toHaveLength(1);
      expect(sideBySide(edges)).toEqual([]);
      // Every edge ends on its box's right side: it came down the channel right of its node.
      // A single edge needs no fan: it ends on any side of its box.
      for (const e of edges) {
        const to = l.boxes.find((b) => b.id === e.to)!;
        const end = e.points.at(-1)!;
        if (edges.length > 1) expect(end.x).toBe(to.x + to.w);
        else expect([to.x, to.x + to.w].includes(end.x) || [to.y, to.y + to.h].includes(end.y)).toBe(true);
      }
      expect(problemsOf(toSvg(cluster, opts))).toEqual([]);
    });
  }
});

describe('many services to the kube-proxies', () => {
  const frames = [undefined, { width: 1136, height: 464 }];
  for (const [services, workers, fit] of [[20, 4, frames[0]], [12, 6, frames[0]], [30, 3, frames[0]], [20, 4, frames[1]]] as const) {
    it(`layoutView(${services} services on ${workers} workers, { view: 'networking', fit: ${JSON.stringify(fit ?? 'auto')} }) routes every service to every kube-proxy along its own line and each node's lane`, () => {
      const cluster = servicesCluster(services, workers);
      const opts = { view: 'networking', ...(fit ? { fit, minFontPx: 16 } : {}) } as const;
      const l = layoutView(cluster, opts);
      const kind = new Map(l.boxes.map((b) => [b.id, b.kind]));
      // Where the kube-proxies fold into their nodes, the edges end at the nodes.
      const edges = l.edges.filter((e) => kind.get(e.from) === 'service' && ['kube-proxy', 'worker-node'].includes(kind.get(e.to)!));
      expect(edges).toHaveLength(services * workers);
      // The proposed route: out right, down the service's line, along the node's lane, down its channel, in.
      for (const e of edges) expect(e.points).toHaveLength(6);
      expect(sideBySide(edges)).toEqual([]);
      const svg = toSvg(cluster, opts);
      expect(problemsOf(svg)).toEqual([]);
      expect(sharedSegmentsOf(svg)).toEqual([]);
    });
  }
});
