import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from '../fonts/index.js';
import { measure, TEXT } from './_text.js';

// What `measure` gave when it wrapped with `wrapText` and measured each line again.
function wrappedThenMeasured(text: string, style: keyof typeof TEXT, wrap: number) {
  const { size, weight } = TEXT[style];
  const lines = wrapText(text, wrap, size, weight);
  let width = -Infinity;
  for (const l of lines) width = Math.max(width, measureText(l, size, weight));
  return { lines, width };
}

// Labels like a cluster's, and text made to reach every branch of the wrapping: separators side by
// side, a space after a hyphen or slash, words too wide for a line, glyphs outside Latin.
const LABELS = [
  'kube-controller-manager',
  'cloud-controller-manager',
  'Control-plane node · 5 components',
  'web-1 · 2 containers',
  'Worker node 1 · cordoned · tainted dedicated=gpu:NoSchedule',
  'shop · Deployment · 2/3 ready',
  'api · ClusterIP · 80→8080, 443→8443 node 30443/UDP',
  'a/ b - c -/ d',
  'x-/-y //z -- w',
  'supercalifragilisticexpialidocious-and-more',
  'αβγ δεζ ηθι κλμ 漢字 テスト emoji 🚀 rocket',
  'a  b',
  ' leading and trailing ',
  'tab\there',
  'no\u00a0break and\u2003em space',
  'bom\ufeff inside',
  'bell\u0007 and delete\u007f',
  'next line\u0085 is no space',
  'trailing ',
  ' leading',
  '',
];

describe('measure', () => {
  it('measure wraps and measures as wrapText and measureText do, line for line and to the last bit of the width', () => {
    let wrapped = 0;
    for (const text of LABELS) {
      for (const style of ['leaf', 'title', 'note'] as const) {
        for (let wrap = 20; wrap <= 400; wrap += 7) {
          const got = measure(text, style, wrap);
          const want = wrappedThenMeasured(text, style, wrap);
          expect({ lines: got.lines, width: got.width }, `${JSON.stringify(text)} ${style} ${wrap}`).toEqual(want);
          if (want.lines.length > 1) wrapped++;
        }
      }
    }
    // Most of the cases break lines: the fast path is tested, not only the one-line shortcut.
    expect(wrapped).toBeGreaterThan(500);
  });
  it('measure takes the style\'s own wrap when none is given', () => {
    expect(measure('kube-controller-manager kube-controller-manager', 'leaf').lines).toEqual(wrapText('kube-controller-manager kube-controller-manager', TEXT.leaf.wrap, TEXT.leaf.size));
  });
});
