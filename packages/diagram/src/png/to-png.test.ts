import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { toPng } from './to-png.js';

describe('toPng', () => {
  it('toPng renders a PNG at the requested scale', () => {
    const png = toPng(presets.local, { scale: 1 });
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const view = new DataView(png.buffer, png.byteOffset);
    const width1 = view.getUint32(16);
    const png2 = toPng(presets.local, { scale: 2 });
    expect(new DataView(png2.buffer, png2.byteOffset).getUint32(16)).toBe(width1 * 2);
  });
  it("toPng with theme 'auto' draws the light picture", () => {
    const light = toPng(presets.local, { scale: 1, theme: 'light' });
    expect(toPng(presets.local, { scale: 1, theme: 'auto' })).toEqual(light);
    expect(toPng(presets.local, { scale: 1, theme: 'dark' })).not.toEqual(light);
  });
  it('toPng rejects a bad scale', () => {
    expect(() => toPng(presets.local, { scale: 0 })).toThrow(/options.scale is 0/);
  });
});
