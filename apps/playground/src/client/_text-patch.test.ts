import { describe, expect, it } from 'vitest';
import { applyTextPatch, textPatch } from './_text-patch.ts';

describe('textPatch', () => {
  it('textPatch(before, after) keeps the common start and end and carries only the span between', () => {
    expect(textPatch('<svg><text>Kube</text></svg>', '<svg><text>Kubex</text></svg>')).toEqual({ head: 15, tail: 13, middle: 'x' });
    expect(textPatch('abc', 'abc')).toEqual({ head: 3, tail: 0, middle: '' });
    expect(textPatch('', 'new')).toEqual({ head: 0, tail: 0, middle: 'new' });
    expect(textPatch('aaaa', 'aa')).toEqual({ head: 2, tail: 0, middle: '' });
  });

  it('applyTextPatch(before, textPatch(before, after)) is after, for long texts changed anywhere', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `<g data-id="n${i}"><rect x="${i}"/></g>`).join('');
    const changes = [long.replace('n1500', 'n1500x'), long.replace('n0"', 'm0"'), `${long}<g/>`, long.slice(0, -10), long.replace('x="2999"', 'x="1"'), long.replaceAll('rect x', 'rect y')];
    for (const after of changes) {
      const patch = textPatch(long, after);
      expect(applyTextPatch(long, patch)).toBe(after);
      expect(patch.middle.length).toBeLessThanOrEqual(Math.max(after.length - patch.head - patch.tail, 0));
    }
    expect(textPatch(long, changes[0]!).middle).toBe('x');
  });
});
