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

  it('textPatch(before, after) keeps all the start and end the two share, wherever they differ', () => {
    const long = Array.from({ length: 500 }, (_, i) => `<g data-id="n${i}"><rect x="${i}"/></g>`).join('');
    const naive = (a: string, b: string) => {
      let head = 0;
      while (head < Math.min(a.length, b.length) && a[head] === b[head]) head++;
      let tail = 0;
      while (tail < Math.min(a.length, b.length) - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
      return { head, tail };
    };
    for (let at = 0; at <= long.length; at += 37) {
      for (const after of [long.slice(0, at) + 'x' + long.slice(at), long.slice(0, at) + long.slice(at + 1), long.slice(0, at) + 'Z' + long.slice(at + 1)]) {
        const { head, tail } = textPatch(long, after);
        expect({ head, tail }).toEqual(naive(long, after));
      }
    }
  });
});
