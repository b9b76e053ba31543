import { describe, expect, it } from 'vitest';
import { formatCpu, formatMemory, formatReadableMemory } from './_format-quantity.js';
import { parseQuantity } from './parse-quantity.js';

const cpu = (v: string) => formatCpu(parseQuantity(v)!);
const memory = (v: string) => formatMemory(parseQuantity(v)!);
const readable = (v: string) => formatReadableMemory(parseQuantity(v)!);

describe('formatCpu', () => {
  it('gives whole cores or millicores, rounding up below a millicore as the scheduler does', () => {
    expect([cpu('4'), cpu('1k'), cpu('250m'), cpu('250000u'), cpu('0.5'), cpu('1500m'), cpu('1n'), cpu('0')]).toEqual(['4', '1000', '250m', '250m', '500m', '1500m', '1m', '0']);
  });
  it('refuses negative CPU', () => {
    expect(cpu('-1')).toBeUndefined();
  });
});

describe('formatMemory', () => {
  it('keeps the value exact in the largest unit that divides it', () => {
    expect([memory('64Mi'), memory('1.5Gi'), memory('1e3'), memory('1e9'), memory('1000001'), memory('0.5'), memory('1Pi')]).toEqual(['64Mi', '1536Mi', '1k', '1G', '1000001', '1', '1024Ti']);
  });
});

describe('formatReadableMemory', () => {
  it('turns the kubelet Ki figures into Gi with one decimal', () => {
    expect([readable('16331164Ki'), readable('8039936Ki'), readable('4Gi'), readable('524288Ki'), readable('1Ti')]).toEqual(['15.6Gi', '7.7Gi', '4Gi', '512Mi', '1Ti']);
  });
  it('keeps small figures exact', () => {
    expect(readable('1000')).toBe('1k');
  });
});
