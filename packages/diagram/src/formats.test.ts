import { presets } from '@kubegram/model';
import { describe, expect, it } from 'vitest';
import { formatForPath } from './format-for-path.js';
import { formatNamed } from './format-named.js';
import { formats } from './formats.js';
import { toMermaid } from './mermaid/index.js';
import { toSvg } from './svg/index.js';
import { toText } from './text/index.js';

describe('formats', () => {
  it('formats have unique names and extensions, lower case with a dot', () => {
    const names = formats.map((f) => f.name);
    const extensions = formats.flatMap((f) => f.extensions);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const e of extensions) expect(e).toMatch(/^\.[a-z0-9]+$/);
    expect(names).toEqual(['svg', 'mermaid', 'png', 'text']);
  });

  it('each text format loads the renderer that draws it', async () => {
    const drawn = await Promise.all(['svg', 'mermaid', 'text'].map(async (name) => (await formatNamed(name).load())(presets.local, { view: 'worker' })));
    expect(drawn).toEqual([toSvg(presets.local, { view: 'worker' }), toMermaid(presets.local, { view: 'worker' }), toText(presets.local, { view: 'worker' })]);
  });

  it('the png format loads its renderer only when asked, and it draws a PNG', async () => {
    const png = (await formatNamed('png').load())(presets.local, { scale: 1 });
    expect(png).toBeInstanceOf(Uint8Array);
    expect([...(png as Uint8Array).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});

describe('formatForPath', () => {
  it('formatForPath picks the format from the extension, case ignored', () => {
    expect(formatForPath('out/worker.SVG')?.name).toBe('svg');
    expect(formatForPath('a.mermaid')?.name).toBe('mermaid');
    expect(formatForPath('a.mmd')?.name).toBe('mermaid');
    expect(formatForPath('C:\\pics\\a.png')?.name).toBe('png');
    expect(formatForPath('cluster.txt')?.name).toBe('text');
  });
  it('formatForPath gives undefined for no extension, a dot file or an unknown one', () => {
    expect(formatForPath('README')).toBeUndefined();
    expect(formatForPath('dir.svg/.txt')).toBeUndefined();
    expect(formatForPath('a.pdf')).toBeUndefined();
  });
});

describe('formatNamed', () => {
  it('formatNamed refuses an unknown name, listing the known ones', () => {
    expect(() => formatNamed('pdf')).toThrow('unknown format "pdf": expected one of svg, mermaid, png, text (for example "svg")');
  });
});
