import { describe, expect, it } from 'vitest';
import { parseQuantity } from './parse-quantity.js';

const q = (v: unknown) => {
  const r = parseQuantity(v);
  return r === undefined ? undefined : `${r.numerator}/${r.denominator}`;
};

describe('parseQuantity', () => {
  it('reads binary suffixes exactly', () => {
    expect(q('16331164Ki')).toBe(`${16331164n * 1024n}/1`);
    expect(q('1.5Gi')).toBe(`${1536n * 2n ** 20n}/1`);
    expect(q('1Ei')).toBe(`${2n ** 60n}/1`);
    expect(q('2Pi')).toBe(`${2n * 2n ** 50n}/1`);
  });
  it('reads decimal suffixes, from nano to exa, as kwok and the kubelet print them', () => {
    expect(q('250m')).toBe('1/4');
    expect(q('250000u')).toBe('1/4');
    expect(q('500000000n')).toBe('1/2');
    expect(q('1k')).toBe('1000/1');
    expect(q('1M')).toBe('1000000/1');
    expect(q('3E')).toBe(`${3n * 10n ** 18n}/1`);
  });
  it('reads decimal exponents and signs', () => {
    expect(q('1e9')).toBe('1000000000/1');
    expect(q('1E-3')).toBe('1/1000');
    expect(q('+5e+2')).toBe('500/1');
    expect(q('-1Gi')).toBe(`-${2n ** 30n}/1`);
  });
  it('reads the number forms of the grammar and YAML numbers', () => {
    expect(q('5.')).toBe('5/1');
    expect(q('.5')).toBe('1/2');
    expect(q(0.5)).toBe('1/2');
    expect(q(1e21)).toBe(`${10n ** 21n}/1`);
    expect(q(110)).toBe('110/1');
  });
  it('refuses what the grammar does not allow', () => {
    for (const bad of ['', 'lots', '1.2.3', '1Ki2', '1KiB', '1 Gi', 'Gi', '1e', '1e1000000', null, undefined, {}, Number.NaN, Number.POSITIVE_INFINITY]) expect(q(bad)).toBeUndefined();
  });
});
