import { presets } from '@kubegram/model';
import { parseClusterText } from '@kubegram/model/yaml';
import { describe, expect, it } from 'vitest';
import { createModelLoader } from './create-model-loader.ts';
import { modelText } from './model-text.ts';

const course = modelText(presets.course, 'the course');
const SMALL = 'id: small\nlabel: Small\nnodes:\n  - id: cp\n    role: control-plane\n  - id: w1\n    role: worker\n    pods:\n      - id: web\n        containers:\n          - id: app\n            image: "nginx:1"\n';

// Loads each text in turn with one loader, checking each answer against parseClusterText's.
function typeThrough(texts: readonly string[]): boolean[] {
  const load = createModelLoader('model.yaml');
  return texts.map((text) => {
    const { times, patched, ...result } = load(text);
    expect(result).toEqual(parseClusterText(text, 'model.yaml'));
    expect(times.parse).toBeGreaterThanOrEqual(0);
    return patched;
  });
}

describe('createModelLoader', () => {
  it('load(text) reuses the last parse while a label is typed into, answering as parseClusterText does', () => {
    const typed = ['', 'x', 'xy', 'xyz', 'xy'].map((s) => course.replace(/^label: (.*)$/m, (_m, label: string) => `label: ${label}${s}`));
    expect(typeThrough(typed)).toEqual([false, true, true, true, true]);
  });

  it('load(text) reuses it for a change inside a quoted value, a number typed over, and the same text again', () => {
    const texts = [SMALL, SMALL.replace('nginx:1', 'nginx:12'), SMALL.replace('nginx:1', 'nginx:12').replace('id: web', 'id: webs'), SMALL.replace('nginx:1', 'nginx:12').replace('id: web', 'id: webs')];
    expect(typeThrough(texts)).toEqual([false, true, true, true]);
  });

  it('load(text) parses afresh when the change makes more than a new scalar: a comment, a nested map, a list, a new line, a key', () => {
    const changed = ['label: Small #', 'label: Small: x', 'label: [Small]', 'label: Small\n', 'labels: Small', 'label: |', 'label: &a Small', 'label: !!str Small', 'label: "Small'];
    for (const line of changed) expect([line, ...typeThrough([SMALL, SMALL.replace('label: Small', line)])]).toEqual([line, false, false]);
  });

  it('load(text) gives a typed number, boolean or null the type the YAML says, as a fresh parse would', () => {
    const load = createModelLoader('model.yaml');
    const text = (cpu: string) => `id: c\nnodes:\n  - id: w\n    capacity:\n      cpu: ${cpu}\n`;
    load(text('4'));
    for (const cpu of ['40', '4x', 'true', '"4"', 'null', '4']) {
      const { times: _t, patched: _p, ...result } = load(text(cpu));
      expect(result).toEqual(parseClusterText(text(cpu), 'model.yaml'));
    }
  });

  it('load(text) locates problems as parseClusterText does, and recovers the fast path after them', () => {
    const broken = SMALL.replace('role: control-plane', 'role: boss');
    const patched = typeThrough([SMALL, broken, SMALL, SMALL.replace('label: Small', 'label: Smaller')]);
    expect(patched).toEqual([false, false, false, true]);
  });

  it('load(text) never patches a document with aliases, whose value repeats the anchored node', () => {
    const aliased = 'id: a\nnodes:\n  - &n\n    id: w\n    labels:\n      team: web\n  - id: w2\n    labels: *n\n';
    expect(typeThrough([aliased, aliased.replace('team: web', 'team: webs')])).toEqual([false, false]);
  });
});
