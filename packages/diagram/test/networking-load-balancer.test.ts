import { parseCluster, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { toMermaid } from '../src/mermaid/index.js';
import { toSvg } from '../src/svg/index.js';
import { boxesOf, parseSvg, pathPoints, problemsOf, sharedSegmentsOf } from './_svg-geometry.js';

// Shaped as an import of an EKS cluster gives it: an ingress controller behind a LoadBalancer
// service and an ingress that report the same ELB hostname, which labels the load-balancer actor.
function behindElb(): Cluster {
  const worker = (n: number) => ({
    id: `w${n}`,
    role: 'worker',
    pods: [{ id: `web-${n}`, namespace: 'shop', labels: { app: 'web' }, containers: [{ image: 'nginx' }] }, ...(n === 1 ? [{ id: 'ctl-1', namespace: 'ingress-nginx', labels: { app: 'ctl' }, containers: [{ image: 'ingress-nginx/controller' }] }] : [])],
  });
  const elb = [{ hostname: 'a1.eu-west-1.elb.amazonaws.com' }];
  const r = parseCluster({
    id: 'eks',
    nodes: [{ id: 'cp', role: 'control-plane' }, worker(1), worker(2), worker(3)],
    services: [
      { id: 'ctl', namespace: 'ingress-nginx', type: 'LoadBalancer', selector: { app: 'ctl' }, ports: [{ port: 80, nodePort: 31080 }], loadBalancer: elb },
      { id: 'web', namespace: 'shop', type: 'ClusterIP', selector: { app: 'web' }, ports: [{ port: 80 }] },
    ],
    ingresses: [{ id: 'shop', namespace: 'shop', rules: [{ host: 'shop.example.com', path: '/', service: 'web' }], loadBalancer: elb }],
    actors: [{ id: 'kubectl', kind: 'kubectl' }, { id: 'load-balancer', kind: 'load-balancer', label: 'a1.eu-west-1.elb.amazonaws.com' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
}

describe('the networking view of a cluster behind a cloud load balancer', () => {
  it("toSvg(cluster, { view: 'networking' }) draws the load balancer's edges to the LoadBalancer service and the ingress, from box to box, clear of the others", () => {
    const svg = toSvg(behindElb(), { view: 'networking' });
    expect(problemsOf(svg)).toEqual([]);
    expect(sharedSegmentsOf(svg)).toEqual([]);
    const root = parseSvg(svg);
    const boxes = new Map(boxesOf(root).map((b) => [b.id, b]));
    const near = (p: { x: number; y: number }, id: string) => {
      const b = boxes.get(id)!;
      return p.x >= b.x - 1 && p.x <= b.x + b.w + 1 && p.y >= b.y - 1 && p.y <= b.y + b.h + 1;
    };
    const ends = Array.from(root.querySelectorAll('g[data-edge][data-from="load-balancer"]')).map((g) => g.getAttribute('data-to'));
    expect(ends).toEqual(expect.arrayContaining(['ctl', 'shop', 'w1-kube-proxy']));
    expect(ends).not.toContain('web');
    for (const to of ['ctl', 'shop']) {
      const points = pathPoints(root.querySelector(`g[data-edge="routes:load-balancer->${to}"] path`)!.getAttribute('d')!);
      expect(near(points[0]!, 'load-balancer')).toBe(true);
      expect(near(points.at(-1)!, to)).toBe(true);
    }
  });

  it("toMermaid(cluster, { view: 'networking' }) writes the load balancer's edges to the LoadBalancer service and the ingress", () => {
    const lines = toMermaid(behindElb(), { view: 'networking' }).split('\n').filter((l) => l.includes('load_balancer') && !l.includes('class'));
    expect(lines).toEqual(expect.arrayContaining(['  load_balancer(["a1.eu-west-1.elb.amazonaws.com"])', '  load_balancer -->|"routes traffic"| ctl', '  load_balancer -->|"routes traffic"| shop']));
  });
});
