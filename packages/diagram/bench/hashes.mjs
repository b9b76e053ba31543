// Prints one SHA-256 per picture: every preset and view under a set of options, and the bench's
// generated clusters, as SVG and text. Work on speed must leave every line unchanged:
//   node bench/hashes.mjs > /tmp/before.txt   (change, build)   node bench/hashes.mjs | diff /tmp/before.txt -
// Run after a build: npx turbo run build --filter=@kubegram/diagram
import { createHash } from 'node:crypto';
import { presets, VIEW_NAMES } from '@kubegram/model';
import { toSvg, toText } from '@kubegram/diagram';
import { cluster } from './_cluster.mjs';

const OPTION_SETS = {
  default: {},
  dark: { theme: 'dark' },
  auto: { theme: 'auto' },
  'all pods': { collapsePods: false },
  'collapse 2': { collapsePods: 2 },
  'no icons': { icons: false },
  '16:9': { fit: '16:9' },
  '4:3': { fit: '4:3' },
  'ratio 0.5': { fit: 0.5 },
  'column 662': { fit: { width: 662 }, minFontPx: 12 },
  'phone 390': { fit: { width: 390 } },
  'slide 1136x464': { fit: { width: 1136, height: 464 }, minFontPx: 16 },
};

const sha = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const attempt = (fn) => {
  try {
    return sha(fn());
  } catch (e) {
    return `throws ${e.message.slice(0, 60)}`;
  }
};

const models = { ...presets, 'bench 3x2x1': cluster(3, 2, 1), 'bench 12x10x2': cluster(12, 10, 2), 'bench 100x10x2': cluster(100, 10, 2), 'bench 1000x2x1': cluster(1000, 2, 1) };
for (const [name, c] of Object.entries(models)) {
  const big = name.startsWith('bench 1000');
  for (const view of VIEW_NAMES) {
    for (const [optName, opts] of Object.entries(OPTION_SETS)) {
      if (big && optName !== 'default' && optName !== 'all pods') continue;
      const o = { ...opts, view };
      console.log(`${name} | ${view} | ${optName} | svg ${attempt(() => toSvg(c, o))} | text ${attempt(() => toText(c, o))}`);
    }
    const hl = [c.nodes[0]?.id, c.nodes.at(-1)?.pods?.[0]?.id].filter(Boolean);
    console.log(`${name} | ${view} | highlight | svg ${attempt(() => toSvg(c, { view, highlight: hl }))}`);
  }
}
