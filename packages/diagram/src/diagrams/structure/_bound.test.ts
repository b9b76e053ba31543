import { parseCluster, presets, selectView } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { realCluster } from '../../../test/_real-cluster.js';
import { boundPx, chooseCandidate, labelPx, levelsOf, smallestFont, type Candidate } from '../../layout/_fit.js';
import { structureBound, structureLoosest } from './_bound.js';
import { structureCandidates } from './_candidates.js';
import { layoutStructure } from './_layout.js';

describe('structureBound', () => {
  it('structureBound is never larger than the picture, nor its font than the smallest label, for any candidate shape', () => {
    let tight = 0;
    let wide = 0;
    for (const cluster of [presets.course, presets.local, presets.haCloud, realCluster(7)]) {
      for (const view of ['overview', 'control-plane', 'worker'] as const) {
        const sel = selectView(cluster, view);
        for (const [c, fullDetailLikely] of [0.4, 2, 4.9].flatMap(structureCandidates).flatMap((c) => [[c, false], [c, true]] as const)) {
          const opts = { icons: true, aspect: c.aspect, collapsePods: 12 as const, shape: c.shape };
          // Read from a skeleton, or (where a fit most likely keeps full detail) from the full-detail tree.
          const bound = structureBound(sel, { ...opts, fullDetailLikely });
          const layout = layoutStructure(sel, { ...opts, measureOnly: true });
          expect(bound.width).toBeLessThanOrEqual(layout.width);
          expect(bound.height).toBeLessThanOrEqual(layout.height);
          expect(bound.font).toBe(smallestFont(layout));
          if (bound.height === layout.height) tight++;
          const columns = new Set(layout.boxes.filter((b) => b.kind === 'worker-node').map((b) => b.x)).size;
          if (columns > 1 && bound.width === layout.width) wide++;
        }
      }
    }
    // A bound that is never reached would skip nothing. Its width is reached with workers in several
    // columns, the grid being the layout's own, where the outside world adds nothing.
    expect(tight).toBeGreaterThan(2000);
    expect(wide).toBeGreaterThan(400);
  });

  it('structureBound of a shape\'s control plane alone is no tighter than the shape\'s own, and rules out the phone frame\'s wrap of 110 by itself', () => {
    let rough = 0;
    let tree0 = 0;
    for (const cluster of [presets.course, presets.local, presets.haCloud, realCluster(12)]) {
      const sel = selectView(cluster, 'overview');
      for (const c of structureCandidates(1.6)) {
        if (c.rough === undefined) continue;
        rough++;
        const opts = { icons: true, aspect: c.aspect, collapsePods: 12 as const, measures: new Map(), built: new Map<string, unknown>() };
        const loose = structureBound(sel, { ...opts, shape: c.rough.shape });
        const own = structureBound(sel, { ...opts, shape: c.shape });
        expect(loose.width).toBeLessThanOrEqual(own.width);
        expect(loose.height).toBeLessThanOrEqual(own.height);
        expect(loose.font).toBeGreaterThanOrEqual(own.font);
        // From a full-detail tree a fit measured at 90 first, its control plane measured at the rough's wrap alone.
        const tree = { ...opts, fullDetailLikely: true, measures: new Map(), built: new Map<string, unknown>() };
        structureBound(sel, { ...tree, shape: { wrap: 90, foldRows: true, anyPodGrid: true } });
        const fromTree = structureBound(sel, { ...tree, shape: c.rough.shape });
        const ownFromTree = structureBound(sel, { ...tree, shape: c.shape });
        expect(fromTree.width).toBeLessThanOrEqual(ownFromTree.width);
        expect(fromTree.height).toBeLessThanOrEqual(ownFromTree.height);
        expect(fromTree.font).toBeLessThanOrEqual(loose.font);
        if ((c.shape.detail ?? 0) === 0) tree0++;
      }
    }
    expect(rough).toBe(16);
    expect(tree0).toBe(8);
    // The course overview with its containers folded: the control plane's pairs at 110 are too wide for 12 px in 390.
    const sel = selectView(presets.course, 'overview');
    const shape = { detail: 1, foldRows: true, wrap: 110, outsideBelow: true, controlPlaneOnly: true };
    expect(boundPx(structureBound(sel, { icons: true, aspect: 0.8, collapsePods: 12, shape }), { width: 390 })).toBeLessThan(12);
  });
});

describe('layoutStructure with shared measures', () => {
  it('layoutStructure gives the same layout with labels measured for other shapes as with its own', () => {
    const sel = selectView(presets.course, 'overview');
    const measures = new Map();
    for (const c of structureCandidates(1.6)) {
      const opts = { icons: true, aspect: c.aspect, collapsePods: 12 as const, shape: c.shape };
      expect(layoutStructure(sel, { ...opts, measures })).toEqual(layoutStructure(sel, opts));
    }
  });
});

describe('layoutStructure sharing one fit\'s trees', () => {
  it('layoutStructure placed on a tree other shapes sized, re-wrapped and bounded, then routed later, equals it laid out alone', () => {
    for (const cluster of [presets.course, presets.haCloud]) {
      const sel = selectView(cluster, 'overview');
      const shared = { measures: new Map(), built: new Map<string, unknown>() };
      for (const c of structureCandidates(1.6)) {
        const opts = { icons: true, aspect: c.aspect, collapsePods: 12 as const, shape: c.shape };
        const { routeLater, ...placed } = layoutStructure(sel, { ...opts, ...shared, measureOnly: true });
        // The next shape's bound re-sizes the shared tree before this one is routed.
        structureBound(sel, { ...opts, ...shared, shape: { ...c.shape, wrap: 90, foldRows: true } });
        expect({ ...placed, edges: routeLater!() }).toEqual(layoutStructure(sel, opts));
      }
    }
  });

  it('layoutStructure placed on the full-detail tree the bounds read, measured for the control plane alone at another wrap in between, equals it laid out alone', () => {
    for (const cluster of [presets.course, presets.haCloud, presets.local]) {
      const sel = selectView(cluster, 'overview');
      const shared = { measures: new Map(), built: new Map<string, unknown>(), fullDetailLikely: true };
      for (const c of structureCandidates(0.9)) {
        const opts = { icons: true, aspect: c.aspect, collapsePods: 12 as const, shape: c.shape };
        structureBound(sel, { ...opts, ...shared, shape: { ...c.shape, anyPodGrid: true } });
        // The control plane alone at a wrap the tree was never measured at: its labels are given back after.
        structureBound(sel, { ...opts, ...shared, shape: { ...c.shape, wrap: 70, controlPlaneOnly: true } });
        const { routeLater, ...placed } = layoutStructure(sel, { ...opts, ...shared, measureOnly: true });
        expect({ ...placed, edges: routeLater!() }).toEqual(layoutStructure(sel, opts));
      }
    }
  });
});

describe('structureBound of the control plane alone', () => {
  it('structureBound of the control plane is shared between details that draw it alike, and only then', () => {
    // A pod on the control-plane node, with two containers: folded at detail 1, its box changes.
    const parsed = parseCluster({
      id: 'cp-pods',
      nodes: [
        { id: 'cp', role: 'control-plane', components: ['apiserver', 'etcd', 'scheduler', 'controller-manager', 'kubelet', 'container-runtime'].map((kind) => ({ kind })), pods: [{ id: 'cp-p', label: 'a control-plane pod with a long name', containers: [0, 1].map((c) => ({ id: `cp-c${c}`, label: `container with a long name ${c}`, image: 'a:1' })) }] },
        { id: 'w0', role: 'worker' },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    for (const [cluster, alike] of [[presets.course, true], [parsed.cluster, false]] as const) {
      const sel = selectView(cluster, 'overview');
      const bound = (detail: number, built: Map<string, unknown>) => structureBound(sel, { icons: true, aspect: 1.6, collapsePods: 12, built, shape: { detail, wrap: 110, foldRows: true, controlPlaneOnly: true } });
      const built = new Map<string, unknown>();
      const first = bound(0, built);
      const second = bound(1, built);
      // Whatever was found first, each detail's bound is the one a fit asking only for it finds.
      expect(second).toEqual(bound(1, new Map()));
      expect(first).toEqual(bound(0, new Map()));
      expect(second.height === first.height, `${cluster.id}: alike at details 0 and 1`).toBe(alike);
    }
  });
});

describe('structureLoosest', () => {
  const frames = [{ width: 662 }, { width: 390 }, { width: 1136, height: 464 }, { width: 1136, height: 480 }, { width: 800, height: 600 }, { width: 2000, height: 300 }, { width: 260 }];
  const clusters = { course: presets.course, local: presets.local, haCloud: presets.haCloud, 'real 12': realCluster(12) };
  it('structureLoosest bounds every shape of a level at once, and the search that passes over levels chooses what trying every shape chooses', () => {
    let skipped = 0;
    for (const [name, cluster] of Object.entries(clusters)) {
      for (const view of ['overview', 'control-plane', 'worker', 'networking', 'workloads'] as const) {
        const sel = selectView(cluster, view);
        for (const frame of frames) {
          for (const minFontPx of [12, 16]) {
            const ratio = frame.height === undefined ? undefined : frame.width / frame.height;
            const aspect = ratio ?? 1.6;
            for (const fullDetailLikely of ratio === undefined ? [false, true] : [false]) {
              const shared = { icons: true, collapsePods: 12 as const, measures: new Map(), built: new Map<string, unknown>(), fullDetailLikely };
              const place = (c: Candidate) => {
                const body = layoutStructure(sel, { ...shared, aspect: c.aspect, shape: c.shape, measureOnly: true });
                const w = ratio === undefined ? body.width : Math.max(body.width, body.height * ratio);
                const h = ratio === undefined ? body.height : Math.max(body.height, body.width / ratio);
                return { ...body, viewBox: { x: 0, y: 0, w, h } };
              };
              const bound = (c: Candidate) => boundPx(structureBound(sel, { ...shared, aspect: c.aspect, shape: c.shape }), frame);
              const levelBound = (run: readonly Candidate[]) => {
                // Given the fit's trees, as the search gives them: a wrap measured before may stand in for the run's narrowest.
                const { narrowest, lowest } = structureLoosest(run.map((c) => c.shape), shared);
                const w = structureBound(sel, { ...shared, aspect, shape: narrowest });
                const h = structureBound(sel, { ...shared, aspect, shape: lowest });
                return boundPx({ width: w.width, height: h.height, font: Math.min(w.font, h.font) }, frame);
              };
              const candidates = structureCandidates(aspect);
              const where = `${name} ${view} ${JSON.stringify(frame)} ${minFontPx}px${fullDetailLikely ? ' from the full-detail tree' : ''}`;
              for (const level of levelsOf(candidates)) {
                const px = level.map((c) => labelPx(place(c), frame));
                // Every run of consecutive shapes of the level, as the search halves it.
                for (let i = 0; i < level.length; i++) {
                  for (let j = i + 2; j <= level.length; j++) {
                    const reach = levelBound(level.slice(i, j));
                    for (let k = i; k < j; k++) expect(px[k], `${where} ${JSON.stringify(level[k]!.shape)} in ${i}..${j - 1}`).toBeLessThanOrEqual(reach + 1e-9);
                    if (reach < minFontPx) skipped++;
                  }
                }
              }
              const every = chooseCandidate(candidates, place, frame, minFontPx);
              const found = chooseCandidate(candidates, place, frame, minFontPx, bound, levelBound);
              expect(found, where).toEqual(every);
            }
          }
        }
      }
    }
    // A level bound that never falls short of the minimum passes over nothing.
    expect(skipped).toBeGreaterThan(80);
  });

  it('structureLoosest reads a list of shapes once, and still takes the wraps each fit has measured', () => {
    const sel = selectView(presets.course, 'overview');
    const shapes = structureCandidates(1.6).slice(0, 4).map((c) => c.shape);
    const fresh = structureLoosest(shapes, { built: new Map() });
    // The same list, asked again by another fit with nothing measured: the same shapes, not new ones.
    expect(structureLoosest(shapes, { built: new Map() })).toBe(fresh);
    expect(fresh.narrowest.wrap).toBeUndefined();
    // A fit that has measured the level at 90 bounds the run's width with those labels instead.
    const built = new Map<string, unknown>();
    structureBound(sel, { icons: true, aspect: 1.6, collapsePods: 12, built, shape: { foldRows: true, wrap: 90 } });
    const measured = structureLoosest(shapes, { built });
    expect(measured.narrowest).toMatchObject({ wrap: 90, foldRows: true, anyPodGrid: true });
    expect(measured.lowest).toBe(fresh.lowest);
    // And a fit with nothing measured is not given that fit's wrap.
    expect(structureLoosest(shapes, { built: new Map() }).narrowest.wrap).toBeUndefined();
  });

  it('structureLoosest bounds every shape of a level whose pods wrapped narrower make a wider grid, and wider a taller one', () => {
    // Two pods whose names wrap at 110: narrower and taller, they stand in two columns where at the
    // natural wrap they stand in one (the grid widens while it is more than twice as tall as wide).
    const parsed = parseCluster({
      id: 'grid',
      nodes: [
        { id: 'cp', role: 'control-plane' },
        { id: 'w0', role: 'worker', pods: [0, 1].map((p) => ({ id: `w0-p${p}`, label: `checkout-service-api-${p}`, containers: [0, 1].map((c) => ({ id: `w0-p${p}-c${c}`, image: 'a:1' })) })) },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const sel = selectView(parsed.cluster, 'overview');
    const level = levelsOf(structureCandidates(1.6))[0]!;
    const sizes = level.map((c) => layoutStructure(sel, { icons: true, aspect: c.aspect, collapsePods: 12, shape: c.shape, measureOnly: true }));
    const wider = sizes.findIndex((s, k) => k > 0 && level[k]!.shape.wrap === 110 && s.width > sizes[3]!.width);
    expect(wider, 'a shape at 110 is wider than the same shape at the natural wrap').toBeGreaterThan(0);
    for (let i = 0; i < level.length; i++) {
      for (let j = i + 2; j <= level.length; j++) {
        const shared = { icons: true, aspect: 1.6, collapsePods: 12 as const, measures: new Map(), built: new Map<string, unknown>() };
        const { narrowest, lowest } = structureLoosest(level.slice(i, j).map((c) => c.shape), shared);
        const w = structureBound(sel, { ...shared, shape: narrowest }).width;
        const h = structureBound(sel, { ...shared, shape: lowest }).height;
        for (let k = i; k < j; k++) {
          expect(w, `width of ${i}..${j - 1} over ${JSON.stringify(level[k]!.shape)}`).toBeLessThanOrEqual(sizes[k]!.width);
          expect(h, `height of ${i}..${j - 1} over ${JSON.stringify(level[k]!.shape)}`).toBeLessThanOrEqual(sizes[k]!.height);
        }
      }
    }
  });

  it('structureLoosest bounds the width with a narrower wrap the fit has measured the level at, and with none keeps the run\'s own', () => {
    const sel = selectView(presets.course, 'overview');
    const shared = { icons: true, aspect: 1.6, collapsePods: 12 as const, measures: new Map(), built: new Map<string, unknown>() };
    const run = [{ foldRows: true }, { foldRows: true, wrap: 110 }];
    expect(structureLoosest(run, shared).narrowest).toEqual({ foldRows: true, wrap: 110, anyPodGrid: true });
    structureBound(sel, { ...shared, shape: { wrap: 90 } });
    structureBound(sel, { ...shared, shape: { detail: 1, wrap: 100 } });
    expect(structureLoosest(run, shared).narrowest).toEqual({ foldRows: true, wrap: 90, anyPodGrid: true });
    // Another level's labels, or a wrap wider than the run's narrowest, bound nothing.
    expect(structureLoosest([{ detail: 1, foldRows: true }, { detail: 1, wrap: 95 }], shared).narrowest).toEqual({ detail: 1, foldRows: true, wrap: 95, anyPodGrid: true });
    expect(structureLoosest(run, shared).lowest).toEqual(structureLoosest(run).lowest);
  });
});
