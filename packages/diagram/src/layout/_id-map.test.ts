import { describe, expect, it } from 'vitest';
import { idMap } from './_id-map.js';

describe('idMap', () => {
  it('idMap(items, idOf) gets and has what was set by id, nothing else, ids outside the list included', () => {
    const items = Array.from({ length: 3000 }, (_, k) => ({ id: `pod-${k}` }));
    const map = idMap<{ id: string }, string>(items, (i) => i.id);
    expect(map.has('pod-5')).toBe(false);
    map.set('pod-5', 'five');
    map.set('elsewhere', 'outside');
    expect(map.get('pod-5')).toBe('five');
    expect(map.has('pod-5')).toBe(true);
    expect(map.get('pod-6')).toBeUndefined();
    expect(map.has('pod-6')).toBe(false);
    expect(map.get('elsewhere')).toBe('outside');
    expect(map.has('nowhere')).toBe(false);
  });
});
