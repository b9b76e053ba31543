import { parseCluster, presets, VIEW_NAMES, type Cluster } from '@kubegram/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOf, parseSvg, pathPoints, problemsOf, sharedSegmentsOf } from '../../test/_svg-geometry.js';
import { toSvg } from './to-svg.js';

const KINDS = new Set([
  'cluster', 'control-plane-node', 'worker-node', 'apiserver', 'scheduler', 'controller-manager', 'cloud-controller-manager',
  'etcd', 'kubelet', 'kube-proxy', 'container-runtime', 'pod', 'container', 'kubectl', 'load-balancer', 'cloud-provider',
  'workload', 'controller', 'namespace', 'service', 'ingress',
]);

const parse = (spec: unknown): Cluster => {
  const r = parseCluster(spec);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
};

describe('toSvg on the presets', () => {
  for (const [name, cluster] of Object.entries(presets)) {
    for (const view of VIEW_NAMES) {
      it(`toSvg(${name}, { view: '${view}' }) keeps every hard property`, () => {
        for (const theme of ['light', 'dark'] as const) {
          const svg = toSvg(cluster, { view, theme });
          expect(problemsOf(svg)).toEqual([]);
          expect(sharedSegmentsOf(svg)).toEqual([]);
          const kinds = boxesOf(parseSvg(svg)).map((b) => b.kind).filter((k) => k !== 'more');
          for (const k of kinds) expect(KINDS.has(k)).toBe(true);
        }
      });
    }
  }

  it('toSvg(course) draws every overview element and relation of the model', () => {
    const svg = toSvg(presets.course);
    const root = parseSvg(svg);
    const ids = new Set(boxesOf(root).map((b) => b.id));
    for (const id of ['course', 'control-plane', 'worker-1', 'worker-2', 'web-1', 'web-1-nginx', 'kubectl', 'load-balancer', 'cloud-provider-api']) expect(ids).toContain(id);
    const edges = Array.from(root.querySelectorAll('g[data-edge]')).map((g) => g.getAttribute('data-edge'));
    expect(edges).toContain('reports:worker-1-kubelet->control-plane-apiserver');
    expect(edges).toContain('routes:load-balancer->worker-2-kube-proxy');
    expect(root.querySelector('title')?.textContent).toBe('Kubernetes cluster: Kubernetes architecture');
    expect(root.querySelector('desc')?.textContent).toContain('one control-plane node manages two worker nodes');
  });

  it('toSvg places the control plane above the workers and the outside world at the edges', () => {
    const boxes = new Map(boxesOf(parseSvg(toSvg(presets.course))).map((b) => [b.id, b]));
    const cp = boxes.get('control-plane')!;
    const w1 = boxes.get('worker-1')!;
    const w2 = boxes.get('worker-2')!;
    expect(w1.y).toBeGreaterThan(cp.y + cp.h);
    expect(w1.y).toBe(w2.y);
    expect([w1.w, w1.h]).toEqual([w2.w, w2.h]);
    const cluster = boxes.get('course')!;
    expect(boxes.get('kubectl')!.x + boxes.get('kubectl')!.w).toBeLessThan(cluster.x);
    expect(boxes.get('load-balancer')!.x).toBeGreaterThan(cluster.x + cluster.w);
    expect(boxes.get('cloud-provider-api')!.x).toBeGreaterThan(cluster.x + cluster.w);
  });

  it('toSvg puts the load balancer level with the kube-proxies and reaches the nearest one in a straight line', () => {
    const root = parseSvg(toSvg(presets.course));
    const boxes = new Map(boxesOf(root).map((b) => [b.id, b]));
    const lb = boxes.get('load-balancer')!;
    const proxy = boxes.get('worker-2-kube-proxy')!;
    expect(lb.y + lb.h / 2).toBe(proxy.y + proxy.h / 2);
    const d = root.querySelector('g[data-edge="routes:load-balancer->worker-2-kube-proxy"] path')!.getAttribute('d')!;
    expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
  });

  it("toSvg(view: 'worker') draws a compact node: the API server stub above the kubelet, the load balancer beside the kube-proxy", () => {
    const root = parseSvg(toSvg(presets.course, { view: 'worker' }));
    const boxes = new Map(boxesOf(root).map((b) => [b.id, b]));
    const api = boxes.get('control-plane-apiserver')!;
    const kubelet = boxes.get('worker-1-kubelet')!;
    const node = boxes.get('worker-1')!;
    const cluster = boxes.get('course')!;
    expect(api.x).toBe(kubelet.x);
    expect(api.y + api.h).toBeLessThan(kubelet.y);
    expect(cluster.w).toBeLessThanOrEqual(node.w + 64);
    const lb = boxes.get('load-balancer')!;
    const proxy = boxes.get('worker-1-kube-proxy')!;
    expect(lb.y + lb.h / 2).toBe(proxy.y + proxy.h / 2);
    expect(lb.x - (cluster.x + cluster.w)).toBeLessThan(80);
  });

  it("toSvg(view: 'worker') keeps the kube-proxy's and the container runtime's fans on separate lines", () => {
    const svg = toSvg(presets.course, { view: 'worker' });
    const root = parseSvg(svg);
    expect(root.querySelectorAll('g[data-edge][data-kind="runs"]').length).toBe(3);
    expect(sharedSegmentsOf(svg)).toEqual([]);
  });

  it("toSvg(view: 'reconcile') draws the controller's loop as a ring, observe, compare, act, and the workloads' wanted and current replicas", () => {
    const root = parseSvg(toSvg(presets.course, { view: 'reconcile' }));
    const ring = root.querySelector('g[data-cycle="control-plane-controller-manager"]')!;
    expect(Array.from(ring.querySelectorAll('g[data-phase]')).map((g) => [g.getAttribute('data-phase'), g.getAttribute('data-steps'), g.querySelector('text')?.textContent])).toEqual([
      ['observe', '1', '1. observe'],
      ['compare', '3', '3. compare'],
      ['act', '4', '4. act'],
    ]);
    // The ring closes: each phase ends where the next begins, across a gap no wider than an arrow's.
    const ends = Array.from(ring.querySelectorAll('g[data-phase] > path:first-child')).map((p) => pathPoints(p.getAttribute('d')!));
    for (let i = 0; i < 3; i++) {
      const end = ends[i]!.at(-1)!;
      const next = ends[(i + 1) % 3]![0]!;
      expect(Math.abs(end.x - next.x) + Math.abs(end.y - next.y)).toBeLessThanOrEqual(20);
    }
    const cm = boxesOf(root).find((b) => b.id === 'control-plane-controller-manager')!;
    const xs = ends.flat().map((p) => p.x);
    const ys = ends.flat().map((p) => p.y);
    expect(Math.min(...xs)).toBeLessThan(cm.x);
    expect(Math.max(...xs)).toBeGreaterThan(cm.x + cm.w);
    expect(Math.min(...ys)).toBeLessThan(cm.y);
    expect(Math.max(...ys)).toBeGreaterThan(cm.y + cm.h);
    const web = root.querySelector('g[data-id="web"] > text')!;
    expect(Array.from(web.querySelectorAll('tspan')).map((t) => t.textContent)).toEqual(['web (Deployment)', 'want 10, have 5']);
  });

  it("toSvg(view: 'request-flow') puts every message label on a backdrop the colour of the page, over the lifelines", () => {
    for (const theme of ['light', 'dark'] as const) {
      const svg = toSvg(presets.course, { view: 'request-flow', theme });
      const root = parseSvg(svg);
      const background = root.querySelector(':scope > rect')!.getAttribute('fill');
      const steps = Array.from(root.querySelectorAll('g[data-step]'));
      expect(steps.length).toBe(14);
      for (const g of steps) {
        const back = g.querySelector(':scope > rect')!;
        expect(back.getAttribute('fill')).toBe(background);
        // Drawn after the lifelines, so the backdrop hides them behind the text.
        expect(svg.indexOf(`data-step="${g.getAttribute('data-step')}"`)).toBeGreaterThan(svg.lastIndexOf('data-lifeline'));
        const x = Number(back.getAttribute('x'));
        const w = Number(back.getAttribute('width'));
        const text = g.querySelector('text')!;
        const span = text.querySelector('tspan') ?? text;
        expect(Number(span.getAttribute('x'))).toBeCloseTo(x + w / 2, 1);
      }
    }
  });

  it('toSvg with highlight dims the rest and moves nothing', () => {
    const plain = toSvg(presets.course);
    const lit = toSvg(presets.course, { highlight: ['worker-1-kubelet'] });
    const geometry = (svg: string) => boxesOf(parseSvg(svg)).map((b) => [b.id, b.x, b.y, b.w, b.h]);
    expect(geometry(lit)).toEqual(geometry(plain));
    const root = parseSvg(lit);
    const rectOf = (id: string) => root.querySelector(`g[data-id="${id}"] > rect`)!;
    expect(rectOf('worker-1-kubelet').getAttribute('stroke-width')).toBe('3');
    expect(rectOf('worker-1-kubelet').hasAttribute('opacity')).toBe(false);
    expect(rectOf('worker-2-kubelet').getAttribute('opacity')).toBe('0.28');
    expect(rectOf('worker-1').hasAttribute('opacity')).toBe(false);
  });

  it('toSvg keeps an element at the same place relative to its node across views', () => {
    const rel = (svg: string, id: string, node: string) => {
      const m = new Map(boxesOf(parseSvg(svg)).map((b) => [b.id, b]));
      return [m.get(id)!.x - m.get(node)!.x, m.get(id)!.y - m.get(node)!.y];
    };
    const over = toSvg(presets.course, { view: 'overview' });
    const cp = toSvg(presets.course, { view: 'control-plane' });
    expect(rel(cp, 'control-plane-scheduler', 'control-plane')[1]).toBe(rel(over, 'control-plane-scheduler', 'control-plane')[1]);
  });

  it('toSvg gives byte-identical output for identical input', () => {
    for (const view of VIEW_NAMES) expect(toSvg(presets.haCloud, { view, highlight: ['kubectl'] })).toBe(toSvg(presets.haCloud, { view, highlight: ['kubectl'] }));
    expect(toSvg(presets.course)).not.toMatch(/\d\.\d{3}/);
  });

  it("toSvg with fit '16:9' pads the viewBox to that shape", () => {
    const vb = parseSvg(toSvg(presets.course, { fit: '16:9' })).getAttribute('viewBox')!.split(' ').map(Number);
    expect(vb[2]! / vb[3]!).toBeCloseTo(16 / 9, 2);
  });

  it('toSvg with a numeric fit lays out for that ratio and pads the viewBox to it', () => {
    const wide = parseSvg(toSvg(presets.haCloud, { fit: 2.6 }));
    const vb = wide.getAttribute('viewBox')!.split(' ').map(Number);
    expect(vb[2]! / vb[3]!).toBeCloseTo(2.6, 2);
    // A wide box gets six workers in fewer rows than a tall one.
    const six = parse({ id: 'six', nodes: [{ id: 'cp', role: 'control-plane' }, ...[1, 2, 3, 4, 5, 6].map((n) => ({ id: `w${n}`, role: 'worker' as const }))] });
    const rowsOf = (root: Element) => new Set([...root.querySelectorAll('g[data-kind="worker-node"] > rect:first-of-type')].map((r) => r.getAttribute('y'))).size;
    const wideRows = rowsOf(parseSvg(toSvg(six, { fit: 3 })));
    const tallRows = rowsOf(parseSvg(toSvg(six, { fit: 0.6 })));
    expect(wideRows).toBeLessThan(tallRows);
    expect(problemsOf(toSvg(presets.haCloud, { fit: 2.6 }))).toEqual([]);
    expect(() => toSvg(presets.course, { fit: 0 })).toThrow('options.fit is 0: expected "auto", "16:9", "4:3" or a width-to-height ratio between 0.2 and 10 (for example 2.4)');
    expect(() => toSvg(presets.course, { fit: '21:9' as never })).toThrow('options.fit is "21:9"');
  });

  it('toSvg collapses the pods of a crowded node into a "+N pods" box', () => {
    const pods = Array.from({ length: 30 }, (_, i) => ({ id: `p-${i}`, containers: [{ id: `p-${i}-c`, image: 'x:1' }] }));
    const cluster = parse({ id: 'big', nodes: [{ id: 'cp', role: 'control-plane' }, { id: 'w', role: 'worker', pods }] });
    const svg = toSvg(cluster, { collapsePods: 8 });
    const root = parseSvg(svg);
    expect(root.querySelectorAll('g[data-kind="pod"]').length).toBe(7);
    expect(root.querySelector('g[data-collapsed-pods]')?.getAttribute('data-collapsed-pods')).toBe('23');
    expect(root.querySelector('g[data-collapsed-pods] text')?.textContent).toBe('+23 pods');
    expect(problemsOf(svg)).toEqual([]);
    expect(parseSvg(toSvg(cluster, { collapsePods: false })).querySelectorAll('g[data-kind="pod"]').length).toBe(30);
  });

  it('toSvg draws each kind of badge once as a symbol and places it with <use> wherever an element shows it', () => {
    const svg = toSvg(presets.course);
    const root = parseSvg(svg);
    const symbols = Array.from(root.querySelectorAll(':scope > defs > symbol'));
    const ids = symbols.map((s) => s.getAttribute('id')!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^kg-icon-[a-z-]+-[0-9a-f]{8}$/);
    const uses = Array.from(root.querySelectorAll('g[data-id] > use'));
    expect(uses.length).toBeGreaterThan(symbols.length);
    for (const u of uses) {
      const kind = u.parentElement!.getAttribute('data-kind')!;
      expect(u.getAttribute('href')).toMatch(new RegExp(`^#kg-icon-${kind}-[0-9a-f]{8}$`));
      expect(ids).toContain(u.getAttribute('href')!.slice(1));
    }
    // The symbol is all the badge: a heptagon and the kind's short name.
    const pod = symbols.find((s) => s.getAttribute('id')!.startsWith('kg-icon-pod-'))!;
    expect(Array.from(pod.children).map((c) => c.tagName)).toEqual(['polygon', 'text']);
    expect(pod.querySelector('text')!.textContent).toBe('pod');
  });

  it('toSvg defines exactly the badge symbols its picture uses, whatever picture was drawn before', () => {
    const symbolsAndUses = (svg: string): [string[], string[]] => {
      const root = parseSvg(svg);
      const defined = Array.from(root.querySelectorAll(':scope > defs > symbol')).map((s) => s.getAttribute('id')!);
      const used = Array.from(root.querySelectorAll('use')).map((u) => u.getAttribute('href')!.slice(1));
      return [defined.sort(), [...new Set(used)].sort()];
    };
    const first = toSvg(presets.course);
    for (const svg of [toSvg(presets.course, { view: 'worker' }), toSvg(presets.haCloud), toSvg(presets.course)]) {
      const [defined, used] = symbolsAndUses(svg);
      expect(defined).toEqual(used);
    }
    expect(toSvg(presets.course)).toBe(first);
  });

  it('toSvg in the auto theme paints badge symbols with custom properties the root declares, since class rules never reach a <use> shadow tree', () => {
    const svg = toSvg(presets.course, { theme: 'auto' });
    const root = parseSvg(svg);
    const declared = new Set([...(root.querySelector('style')?.textContent ?? '').matchAll(/(--_kg\d+):/g)].map((m) => m[1]));
    const shapes = Array.from(root.querySelectorAll('defs > symbol > *'));
    expect(shapes.length).toBeGreaterThan(0);
    for (const shape of shapes) {
      expect(shape.getAttribute('class')).toBeNull();
      const name = /^fill:var\((--_kg\d+)\)$/.exec(shape.getAttribute('style') ?? '')?.[1];
      expect(name, shape.outerHTML).toBeDefined();
      expect(declared.has(name!)).toBe(true);
    }
  });

  it('toSvg names a badge symbol after what it draws: the same badge gets the same id, another colour another id', () => {
    const symbolsOf = (svg: string) => new Map(Array.from(parseSvg(svg).querySelectorAll('defs > symbol'), (s) => [s.getAttribute('id')!, s.outerHTML]));
    const light = symbolsOf(toSvg(presets.course));
    const again = symbolsOf(toSvg(presets.haCloud, { view: 'control-plane' }));
    const dark = symbolsOf(toSvg(presets.course, { theme: 'dark' }));
    for (const [id, markup] of again) if (light.has(id)) expect(light.get(id)).toBe(markup);
    expect([...again.keys()].some((id) => light.has(id))).toBe(true);
    expect([...dark.keys()].filter((id) => light.has(id) && light.get(id) !== dark.get(id))).toEqual([]);
    expect([...dark.keys()].some((id) => !light.has(id))).toBe(true);
  });

  it('toSvg writes a cluster of hundreds of elements, written in several chunks, whole and in order', () => {
    const big = parse({
      id: 'big',
      nodes: [
        { id: 'cp', role: 'control-plane' },
        ...Array.from({ length: 16 }, (_, w) => ({
          id: `w${w}`,
          role: 'worker',
          pods: Array.from({ length: 6 }, (_, p) => ({ id: `w${w}-p${p}`, containers: [{ id: `w${w}-p${p}-c`, image: 'example/app:1.0' }] })),
        })),
      ],
    });
    const svg = toSvg(big, { collapsePods: false });
    expect(problemsOf(svg)).toEqual([]);
    const ids = boxesOf(parseSvg(svg)).map((b) => b.id);
    expect(ids.length).toBeGreaterThan(250);
    expect(new Set(ids).size).toBe(ids.length);
    // Document order: each worker's pods follow it, before the next worker starts.
    for (let w = 0; w < 15; w++) expect(ids.indexOf(`w${w}-p5-c`)).toBeLessThan(ids.indexOf(`w${w + 1}`));
    expect(svg).toBe(toSvg(big, { collapsePods: false }));
  });

  it('toSvg rejects a bad option with a message naming it', () => {
    expect(() => toSvg(presets.course, { theme: 'neon' as never })).toThrow(/options.theme is "neon": expected one of light, dark/);
    expect(() => toSvg(presets.course, { collapsePods: 0 })).toThrow(/options.collapsePods is 0/);
  });
});

const HOSTILE = [
  'a'.repeat(300),
  'kube-apiserver-with-a-very-long-name-that-never-ends-and-keeps-going',
  '<script>alert(1)</script> & "quotes" \'single\'',
  '日本語のラベル ノード 工作节点',
  '🚀 emoji ✨ node 👩‍💻',
  'مرحبا بالعالم',
  'e\u0301\u0301 combining ]]> <![CDATA[',
  'tab\tand  spaces   everywhere',
];

describe('toSvg on hostile labels', () => {
  it('keeps every hard property and escapes markup', () => {
    for (const label of HOSTILE) {
      const cluster = parse({
        id: 'h',
        label,
        nodes: [
          { id: 'cp', role: 'control-plane', label, components: [{ kind: 'apiserver', label }, { kind: 'scheduler', label }, { kind: 'controller-manager', label }, { kind: 'etcd', label }] },
          { id: 'w', role: 'worker', label, pods: [{ id: 'p', label, containers: [{ id: 'c', label, image: 'x:1' }] }] },
        ],
        actors: [{ id: 'k', kind: 'kubectl', label }, { id: 'lb', kind: 'load-balancer', label }],
      });
      for (const view of VIEW_NAMES) {
        const svg = toSvg(cluster, { view });
        expect(svg).not.toContain('<script');
        expect(problemsOf(svg)).toEqual([]);
      }
    }
  }, 30_000);
});

const text = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1, maxLength: 40 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }));

const modelArb = fc
  .record({
    cps: fc.integer({ min: 1, max: 3 }),
    workers: fc.array(fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 6 }), { maxLength: 6 }),
    label: text,
    cloud: fc.boolean(),
    actors: fc.subarray(['kubectl', 'load-balancer'] as const),
    extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    schedulable: fc.boolean(),
  })
  .map((m) => {
    const nodes = [
      ...Array.from({ length: m.cps }, (_, i) => ({ id: `cp-${i}`, role: 'control-plane', ...(i === 0 && m.schedulable ? { schedulable: true } : {}) })),
      ...m.workers.map((pods, i) => ({
        id: `w-${i}`,
        role: 'worker',
        label: i === 0 ? m.label : `w ${i}`,
        pods: pods.map((c, j) => ({ id: `p-${i}-${j}`, label: j === 0 ? m.label : `p${j}`, containers: Array.from({ length: c }, (_, k) => ({ id: `c-${i}-${j}-${k}`, image: 'x:1' })) })),
      })),
    ];
    const ids = [...nodes.map((n) => n.id), ...nodes.flatMap((n) => ('pods' in n ? (n.pods ?? []).map((p) => p.id) : [])), ...m.actors.map((a) => a)];
    const relations = m.extra.map(([a, b]) => ({ from: ids[a % ids.length]!, to: ids[b % ids.length]!, kind: 'custom' })).filter((r) => r.from !== r.to);
    return { id: 'rand', ...(m.cloud ? { cloud: { provider: 'aws' } } : {}), nodes, actors: m.actors.map((k) => ({ id: k, kind: k })), relations };
  });

describe('toSvg on random models', () => {
  it('keeps every hard property in every view', () => {
    fc.assert(
      fc.property(modelArb, (spec) => {
        const r = parseCluster(spec);
        fc.pre(r.ok);
        if (!r.ok) return;
        for (const view of VIEW_NAMES) {
          const svg = toSvg(r.cluster, { view, collapsePods: 4 });
          // The author's own edges go where the structure left room, best effort; the structure's own edges never share a line.
          const problems = [...problemsOf(svg), ...sharedSegmentsOf(svg, { anyEnd: true, ignoreKinds: ['custom'] })];
          if (problems.length > 0) throw new Error(`${view}: ${problems.slice(0, 5).join('; ')}`);
        }
      }),
      { numRuns: 30, seed: 20240611 },
    );
  }, 60_000);
});
