import { parseCluster, presets, VIEW_NAMES, type Cluster } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { VIEW_DIAGRAMS } from '../diagrams/diagram-types.js';
import { layoutView } from '../layout/index.js';
import { labelOf } from './_draw-boxes.js';
import { toText } from './to-text.js';

interface Frame {
  l: number;
  r: number;
  t: number;
  b: number;
  label: string;
}

const SETS = ['━┃┏┓┗┛', '═║╔╗╚╝', '─│┌┐└┘'];

// Reads the boxes back from the drawing: every top-left corner starts a frame that must run
// unbroken to its other three corners; the label is the first text inside it.
function framesOf(lines: readonly string[]): Frame[] {
  const grid = lines.map((l) => [...l]);
  const at = (y: number, x: number) => grid[y]?.[x] ?? ' ';
  const frames: Frame[] = [];
  grid.forEach((row, t) =>
    row.forEach((ch, l) => {
      const set = SETS.find((s) => s[2] === ch);
      if (!set) return;
      const [h, v, , tr, bl, br] = [...set];
      let r = l + 1;
      while (at(t, r) === h) r++;
      expect(at(t, r), `top border of the box at line ${t + 1}, column ${l + 1}`).toBe(tr);
      let b = t + 1;
      while (at(b, r) === v) b++;
      expect(at(b, r), `right border of the box at line ${t + 1}, column ${l + 1}`).toBe(br);
      for (let x = l + 1; x < r; x++) expect(at(b, x), `bottom border at line ${b + 1}, column ${x + 1}`).toBe(h);
      for (let y = t + 1; y < b; y++) expect(at(y, l), `left border at line ${y + 1}, column ${l + 1}`).toBe(v);
      expect(at(b, l)).toBe(bl);
      const inner = (y: number) => grid[y]!.slice(l + 1, r).join('');
      let y = t + 1;
      while (y < b && inner(y).trim() === '') y++;
      const label = y < b ? inner(y).trim().split(/\s*[│┌└║╔╚┃]/u)[0]!.trim() : '';
      frames.push({ l, r, t, b, label });
    }),
  );
  return frames;
}

const inside = (c: Frame, p: Frame) => c.l > p.l && c.r < p.r && c.t > p.t && c.b < p.b;
const apart = (a: Frame, b: Frame) => a.r < b.l || b.r < a.l || a.b < b.t || b.b < a.t;

function pictureOf(text: string): string[] {
  const lines = text.split('\n');
  const end = lines.indexOf('Relations:');
  return lines.slice(2, end === -1 ? lines.length - 1 : end - 1);
}

function checkDrawing(cluster: Cluster, view: (typeof VIEW_NAMES)[number]): void {
  const frames = framesOf(pictureOf(toText(cluster, { view })));
  const boxes = layoutView(cluster, { view, icons: false }).boxes;
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const parentOf = (f: Frame) => frames.filter((p) => p !== f && inside(f, p)).sort((p, q) => p.r - p.l - (q.r - q.l))[0];
  for (const [i, a] of frames.entries()) for (const b of frames.slice(i + 1)) expect(apart(a, b) || inside(a, b) || inside(b, a), `${a.label} and ${b.label} overlap`).toBe(true);
  const drawn = frames.map((f) => `${f.label} in ${parentOf(f)?.label ?? '-'}`).sort();
  const laid = boxes.map((b) => `${labelOf(b)} in ${b.parent === undefined ? '-' : labelOf(byId.get(b.parent)!)}`).sort();
  expect(drawn).toEqual(laid);
}

const structureViews = VIEW_NAMES.filter((v) => VIEW_DIAGRAMS[v] === 'structure');

function crowded(): Cluster {
  const r = parseCluster({
    id: 'crowded',
    nodes: [
      { id: 'cp', role: 'control-plane' },
      ...Array.from({ length: 5 }, (_, w) => ({ id: `w${w}`, role: 'worker', pods: Array.from({ length: 3 + 5 * w }, (_, p) => ({ id: `w${w}-p${p}`, containers: [{ id: `w${w}-p${p}-c`, image: 'x:1' }] })) })),
    ],
    actors: [{ id: 'kubectl', kind: 'kubectl' }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.cluster;
}

describe('toText', () => {
  const cases = [...Object.entries(presets), ['crowded', crowded()] as const].flatMap(([name, c]) => structureViews.map((view) => ({ name, c, view })));
  it.each(cases)('toText($name, { view: $view }) draws every box once, borders unbroken, children inside their parents', ({ c, view }) => {
    checkDrawing(c, view);
  });

  it('toText lists the relations of a structure view, naming elements that share a label by id too', () => {
    const text = toText(presets.course);
    expect(text).toContain('\nRelations:\n  kubectl → kube-apiserver: REST / kubectl\n');
    expect(text).toContain('  kubelet (worker-1-kubelet) → containerd (worker-1-container-runtime): CRI\n');
  });

  it('toText writes the request flow as numbered messages, replies marked', () => {
    const lines = toText(presets.course, { view: 'request-flow' }).split('\n');
    expect(lines[0]).toBe('Kubernetes cluster: What happens on kubectl apply');
    expect(lines[2]).toBe(' 1. kubectl → kube-apiserver: apply Deployment (HTTPS request)');
    expect(lines[4]).toBe(' 3. kubectl ⇠ kube-apiserver: created');
  });

  it('toText writes the reconcile loop with the replicas after the compare step', () => {
    const text = toText(presets.course, { view: 'reconcile' });
    expect(text).toContain('Repeats forever');
    expect(text).toContain('3. kube-controller-manager: compare: desired replicas vs current replicas\n   web (Deployment): want 10, have 5\n');
  });

  it('toText gives the same text for the same input', () => {
    expect(toText(presets.haCloud)).toBe(toText(presets.haCloud));
  });
});
