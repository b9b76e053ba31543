import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCluster } from './parse.js';
import type { ClusterSpec } from './spec.js';

const idChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split(''));
const idPart = fc.string({ unit: idChars, minLength: 1, maxLength: 8 }).map((s) => `x${s}`);
const text = fc.string({ maxLength: 30 }).filter((s) => s.length > 0);

// Valid models: ids are made unique by their position, so every generated model obeys the rules.
const validSpec: fc.Arbitrary<ClusterSpec> = fc
  .record({
    stem: idPart,
    label: fc.option(text, { nil: undefined }),
    cloud: fc.option(fc.constantFrom('aws', 'gcp', 'azure'), { nil: undefined }),
    controlPlanes: fc.integer({ min: 1, max: 3 }),
    workers: fc.array(
      fc.array(
        fc.record({
          containers: fc.array(fc.record({ image: fc.constantFrom('nginx:1.27', 'redis', 'ghcr.io/a/b:2'), label: fc.option(text, { nil: undefined }) }), {
            minLength: 1,
            maxLength: 3,
          }),
          phase: fc.option(fc.constantFrom('Pending', 'Running'), { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
      { maxLength: 4 },
    ),
    runtime: fc.constantFrom('containerd', 'cri-o', 'docker'),
    kubectl: fc.boolean(),
    lb: fc.boolean(),
  })
  .map(({ stem, label, cloud, controlPlanes, workers, runtime, kubectl, lb }) => ({
    id: stem,
    ...(label === undefined ? {} : { label }),
    ...(cloud === undefined ? {} : { cloud: { provider: cloud } }),
    nodes: [
      ...Array.from({ length: controlPlanes }, (_, i) => ({ id: `${stem}-cp-${i}`, role: 'control-plane' as const })),
      ...workers.map((pods, w) => ({
        id: `${stem}-w-${w}`,
        role: 'worker' as const,
        runtime,
        capacity: { cpu: 4, memory: '8Gi' },
        pods: pods.map((p, i) => ({
          id: `${stem}-w-${w}-p-${i}`,
          ...(p.phase === undefined ? {} : { phase: p.phase }),
          containers: p.containers.map((c) => ({ image: c.image, ...(c.label === undefined ? {} : { label: c.label }) })),
        })),
      })),
    ],
    actors: [
      ...(kubectl ? [{ id: `${stem}-kubectl`, kind: 'kubectl' as const }] : []),
      ...(lb ? [{ id: `${stem}-lb`, kind: 'load-balancer' as const }] : []),
    ],
  }));

describe('parseCluster properties', () => {
  it('accepts every generated valid model, and a serialized cluster parses back unchanged', () => {
    fc.assert(
      fc.property(validSpec, (spec) => {
        const first = parseCluster(spec);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const again = parseCluster(JSON.parse(JSON.stringify(first.cluster)));
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.cluster).toEqual(first.cluster);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('never throws on random corruptions of a valid model, and reports paths that exist in the input', () => {
    const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.anything(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));
    fc.assert(
      fc.property(validSpec, fc.array(fc.tuple(fc.nat(), fc.nat(), junk, fc.boolean()), { minLength: 1, maxLength: 4 }), (spec, edits) => {
        const model = JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
        for (const [a, b, value, remove] of edits) {
          // Walk to a random object in the model and replace or delete one of its fields.
          let target: Record<string, unknown> = model;
          for (let depth = 0; depth < (a % 5); depth++) {
            const kids = Object.values(target).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
            if (kids.length === 0) break;
            target = kids[(a + b + depth) % kids.length]!;
          }
          const keys = Object.keys(target);
          if (keys.length === 0) continue;
          const key = keys[b % keys.length]!;
          if (remove) delete target[key];
          else target[key] = value;
        }
        const result = parseCluster(model);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
