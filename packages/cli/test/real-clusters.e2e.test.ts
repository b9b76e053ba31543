import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { boxesOf, parseSvg, pathPoints, problemsOf, sharedSegmentsOf } from '../../diagram/test/_svg-geometry.js';
import { kubegram } from './_run.js';

const fixtures = fileURLToPath(new URL('../../import/test/fixtures/real/', import.meta.url));
const k3s = `${fixtures}k3s-support-bundle/cluster-resources`;
const sonobuoy = `${fixtures}kubeadm-sonobuoy`;

const kindsOf = (svg: string) => boxesOf(parseSvg(svg)).map((b) => b.kind);
const labelOf = (svg: string, id: string) => boxesOf(parseSvg(svg)).find((b) => b.id === id)?.el.querySelector('text')?.textContent ?? '';

describe('the networking and workloads views of imported real clusters', () => {
  it('kubegram import of a k3s support bundle, then render --view networking, draws its services, kube-proxy and the pods they select', async () => {
    const model = await kubegram(['import', k3s, '-q']);
    expect(model.code).toBe(0);
    const svg = await kubegram(['render', '-', '--view', 'networking', '--show-system'], { input: model.stdout });
    expect(svg.code).toBe(0);
    expect(problemsOf(svg.stdout)).toEqual([]);
    const kinds = kindsOf(svg.stdout);
    expect(kinds).toContain('service');
    expect(kinds).toContain('kube-proxy');
    expect(kinds).toContain('pod');
    // Every edge into a pod comes from kube-proxy on its node.
    const root = parseSvg(svg.stdout);
    const intoPods = Array.from(root.querySelectorAll('g[data-edge]')).filter((g) => kinds.length > 0 && root.querySelector(`g[data-id="${g.getAttribute('data-to')}"]`)?.getAttribute('data-kind') === 'pod');
    expect(intoPods.length).toBeGreaterThan(0);
    for (const g of intoPods) expect(g.getAttribute('data-from')).toMatch(/kube-proxy$/);
  });

  it('kubegram render --view networking of the k3s bundle starts at the load balancer k3s gave traefik, in SVG and in Mermaid', async () => {
    const model = await kubegram(['import', k3s, '-q']);
    const svg = await kubegram(['render', '-', '--view', 'networking', '--show-system'], { input: model.stdout });
    expect(problemsOf(svg.stdout)).toEqual([]);
    expect(sharedSegmentsOf(svg.stdout)).toEqual([]);
    expect(labelOf(svg.stdout, 'load-balancer')).toBe('172.19.0.2');
    const edge = parseSvg(svg.stdout).querySelector('g[data-edge][data-from="load-balancer"][data-to="traefik.kube-system"]');
    expect(edge?.getAttribute('data-kind')).toBe('routes');
    // The path runs from the load balancer's box to the service's.
    const boxes = boxesOf(parseSvg(svg.stdout));
    const [lb, svc] = ['load-balancer', 'traefik.kube-system'].map((id) => boxes.find((b) => b.id === id)!);
    const points = pathPoints(edge!.querySelector('path')!.getAttribute('d')!);
    const on = (p: { x: number; y: number }, b: typeof lb) => p.x >= b!.x - 1 && p.x <= b!.x + b!.w + 1 && p.y >= b!.y - 1 && p.y <= b!.y + b!.h + 1;
    expect(on(points[0]!, lb)).toBe(true);
    expect(on(points.at(-1)!, svc)).toBe(true);
    const mermaid = await kubegram(['render', '-', '--view', 'networking', '--format', 'mermaid', '--show-system'], { input: model.stdout });
    expect(mermaid.stdout).toContain('load_balancer(["172.19.0.2"])');
    expect(mermaid.stdout).toContain('load_balancer -->|"routes traffic"| traefik_kube_system');
  });

  it('kubegram render --view workloads of the k3s bundle puts workloads in namespaces with their ready counts, system namespaces folded unless asked', async () => {
    const model = await kubegram(['import', k3s, '-q']);
    const folded = await kubegram(['render', '-', '--view', 'workloads'], { input: model.stdout });
    expect(folded.code).toBe(0);
    expect(problemsOf(folded.stdout)).toEqual([]);
    const shown = await kubegram(['render', '-', '--view', 'workloads', '--namespace', 'kube-system'], { input: model.stdout });
    expect(problemsOf(shown.stdout)).toEqual([]);
    expect(kindsOf(shown.stdout).filter((k) => k === 'workload').length).toBeGreaterThan(kindsOf(folded.stdout).filter((k) => k === 'workload').length);
    expect(labelOf(shown.stdout, 'coredns')).toMatch(/coredns · Deployment · \d+\/\d+\s?ready/);
    expect(kindsOf(shown.stdout)).toContain('namespace');
  });

  it('a kubeadm cluster from sonobuoy results renders networking and workloads as Mermaid that names its services', async () => {
    const model = await kubegram(['import', sonobuoy, '-q']);
    expect(model.code).toBe(0);
    const net = await kubegram(['render', '-', '--view', 'networking', '--format', 'mermaid', '--show-system'], { input: model.stdout });
    expect(net.code).toBe(0);
    expect(net.stdout).toContain('flowchart TB');
    expect(net.stdout).toMatch(/kube-dns · ClusterIP/);
    const svg = await kubegram(['render', '-', '--view', 'workloads', '--collapse-pods', '--show-system'], { input: model.stdout });
    expect(problemsOf(svg.stdout)).toEqual([]);
  });
});

describe('kubegram render picture options', () => {
  it('--collapse-pods draws the replicas of a workload on one node once', async () => {
    const plain = await kubegram(['render', '--preset', 'local', '--format', 'text']);
    const merged = await kubegram(['render', '--preset', 'local', '--format', 'text', '--collapse-pods']);
    expect(plain.stdout).toContain('hello-2');
    expect(merged.stdout).not.toContain('hello-2');
    expect(merged.stdout).toContain('hello ×2');
    const kept = await kubegram(['render', '--preset', 'local', '--format', 'text', '--collapse-pods', '--expand', 'hello']);
    expect(kept.stdout).toContain('hello-2');
  });

  it('--group-nodes with and without a threshold groups the pool of haCloud workers', async () => {
    const model = await kubegram(['render', '--preset', 'haCloud', '--format', 'mermaid', '--group-nodes', '2']);
    expect(model.code).toBe(0);
    // The preset's workers carry no pool or instance type: nothing to group, nothing lost.
    expect(model.stdout).toContain('worker 4');
    const noValue = await kubegram(['render', '--group-nodes', '--preset', 'haCloud', '--format', 'mermaid']);
    expect(noValue.code).toBe(0);
    const bad = await kubegram(['render', '--preset', 'haCloud', '--group-nodes=0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--group-nodes takes a whole number of nodes of at least 1 (for example --group-nodes 5), got "0"');
  });

  it('--namespace and --exclude-namespace choose what is drawn; --fit lays out for a frame', async () => {
    const only = await kubegram(['render', '--preset', 'haCloud', '--view', 'workloads', '--format', 'text', '--exclude-namespace', 'default']);
    expect(only.code).toBe(0);
    expect(only.stdout).not.toContain('web-1');
    const fitted = await kubegram(['render', '--preset', 'haCloud', '--fit', '662']);
    expect(fitted.code).toBe(0);
    expect(problemsOf(fitted.stdout)).toEqual([]);
    expect(fitted.stdout).not.toBe((await kubegram(['render', '--preset', 'haCloud'])).stdout);
    const bad = await kubegram(['render', '--preset', 'haCloud', '--fit', 'wide']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--fit takes a width, or a width and a height, in pixels (for example --fit 1200 or --fit 1200x675), got "wide"');
  });

  it('kubegram import --namespace keeps that namespace and the nodes', async () => {
    const all = await kubegram(['import', k3s, '-q']);
    const one = await kubegram(['import', k3s, '--namespace', 'kube-system']);
    expect(one.code).toBe(0);
    expect(one.stderr).toContain('left out');
    expect(one.stdout.length).toBeLessThan(all.stdout.length);
    expect(one.stdout).toContain('namespace: kube-system');
    expect(one.stdout).not.toMatch(/namespace: default\n/);
  });
});
