import type { ClusterElement } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { indexSelection, podsUnder, zeros } from './_selection-index.js';

const el = (id: string, kind: ClusterElement['kind'], parent?: string): ClusterElement => ({ id, kind, label: id, description: '', ...(parent === undefined ? {} : { parent }) }) as ClusterElement;

describe('indexSelection', () => {
  it('indexSelection numbers each element and its parent, a parent the selection lacks past the elements', () => {
    const index = indexSelection([el('c', 'cluster'), el('w', 'worker-node', 'c'), el('p', 'pod', 'w'), el('q', 'pod', 'gone')]);
    expect([...index.slot]).toEqual([0, 1, 2, 3]);
    expect([...index.parent]).toEqual([-1, 0, 1, 4]);
    expect(index.size).toBe(5);
    expect(index.kind).toEqual(['cluster', 'worker-node', 'pod', 'pod', undefined]);
    expect(index.slotOf('gone')).toBe(4);
    expect(index.slotOf('nowhere')).toBeUndefined();
  });
  it('indexSelection gives two elements with one id the later one’s number, as a Map filled in order would', () => {
    const index = indexSelection([el('a', 'pod'), el('a', 'container'), el('b', 'container', 'a')]);
    expect(index.slot).toEqual([1, 1, 2]);
    expect([...index.parent]).toEqual([-1, -1, 1]);
    expect(index.kind[1]).toBe('container');
  });
});

describe('podsUnder', () => {
  it('podsUnder counts the listed pods on each number and adds the unlisted ones where a pod is listed', () => {
    const elements = [el('w1', 'worker-node'), el('w2', 'worker-node'), el('p', 'pod', 'w1'), el('q', 'pod', 'w1')];
    const index = indexSelection(elements);
    const unlisted = new Map([['w1', { pods: 5, containers: 5 }], ['w2', { pods: 3, containers: 3 }]]);
    expect([...podsUnder(elements, index, unlisted)]).toEqual([7, 0, 0, 0]);
    // Counted once for the unlisted pods they were counted with.
    expect(podsUnder(elements, index, unlisted)).toBe(podsUnder(elements, index, unlisted));
    expect([...podsUnder(elements, index, new Map())]).toEqual([2, 0, 0, 0]);
  });
});

describe('zeros', () => {
  it('zeros(n) is n zeros that count up like any numbers', () => {
    const z = zeros(100_001);
    expect(z.length).toBe(100_001);
    expect(z.every((v) => v === 0)).toBe(true);
    z[100_000]! += 3;
    expect(z[100_000]).toBe(3);
    expect(zeros(0)).toEqual([]);
  });
});
