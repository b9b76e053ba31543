import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { escapedFor } from './_escaped.js';
import { toSvg } from './to-svg.js';

describe('escapedFor', () => {
  it('escapedFor lends small pictures one memo and gives a large one none', () => {
    expect(escapedFor(43)).toBe(escapedFor(2_000));
    expect(escapedFor(4_716)).toBeUndefined();
  });

  it('a picture is the same byte for byte with its text escaped before or not', () => {
    // This file's module is fresh: the memo is empty for the first picture.
    const cold = toSvg(presets.course, { highlight: ['control-plane-apiserver'] });
    const memo = escapedFor(1)!;
    expect(memo.size).toBeGreaterThan(40);
    expect(memo.get('control-plane-apiserver')).toBe('control-plane-apiserver');
    expect(toSvg(presets.course, { highlight: ['control-plane-apiserver'] })).toBe(cold);
    memo.clear();
    expect(toSvg(presets.course, { highlight: ['control-plane-apiserver'] })).toBe(cold);
  });
});
