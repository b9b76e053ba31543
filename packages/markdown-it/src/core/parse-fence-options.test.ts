import { describe, expect, it } from 'vitest';
import { parseFenceOptions } from './parse-fence-options.js';

const at = { file: 'page.md', line: 7, column: 13 };

describe('parseFenceOptions', () => {
  it('reads theme=auto, the colours that follow the page', () => {
    expect(parseFenceOptions('theme=auto', at)).toEqual({ ok: true, options: { view: 'overview', highlight: [], theme: 'auto' } });
  });
  it('reads every option, overview with no highlight by default', () => {
    expect(parseFenceOptions('', at)).toEqual({ ok: true, options: { view: 'overview', highlight: [] } });
    expect(parseFenceOptions('view=worker  highlight=a,b theme=dark node=w1', at)).toEqual({
      ok: true,
      options: { view: 'worker', highlight: ['a', 'b'], theme: 'dark', node: 'w1' },
    });
  });

  it('locates each bad option at its own column, with what was expected and an example', () => {
    const r = parseFenceOptions('view=worker theme=sepia highlight=a,,b view=overview size', at);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '7:25 unknown theme "sepia": expected one of light, dark, auto',
      '7:37 expected element ids separated by commas, such as "highlight=cp-apiserver,w1-kubelet", got "highlight=a,,b"',
      '7:52 option "view" is given twice on the kubegram fence: expected it at most once',
      '7:66 unknown option "size" on the kubegram fence: expected view=…, highlight=…, theme=…, node=…',
    ]);
    expect(r.problems.every((p) => p.example.startsWith('```kubegram'))).toBe(true);
  });
});
