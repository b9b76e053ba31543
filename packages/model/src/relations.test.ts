import { describe, expect, it } from 'vitest';
import { presets } from './presets/index.js';
import { relationsOf, relationsOfKinds } from './relations.js';
import type { RelationKind } from './relation.js';

describe('relationsOfKinds', () => {
  it('lists the relations relationsOf lists of the kinds asked for, in the same order', () => {
    for (const cluster of Object.values(presets)) {
      for (const shown of [new Set<RelationKind>(['reports', 'routes', 'custom']), new Set<RelationKind>(['reports', 'persists'])]) {
        const some = relationsOfKinds(cluster, shown);
        expect(some).toEqual(relationsOf(cluster).filter((r) => shown.has(r.kind)));
        expect(some.length).toBeGreaterThan(0);
      }
    }
  });

  it('lists every relation when no kinds are given', () => {
    expect(relationsOfKinds(presets.course, undefined)).toEqual(relationsOf(presets.course));
    expect(relationsOf(presets.course).some((r) => r.kind === 'runs')).toBe(true);
  });
});
