import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The parts of resvg that `toPng` uses. */
export type ResvgClass = typeof import('@resvg/resvg-js').Resvg;

/** What PNG drawing needs from its optional peers: the renderer and the font files. */
export interface PngPeers {
  Resvg: ResvgClass;
  fontFiles: string[];
}

// Versions the package is tested with; the install hint names them so a copy-paste gets a known pair.
const PEERS = '@resvg/resvg-js@2.6.2 dejavu-fonts-ttf@2.37.3';

let loaded: PngPeers | undefined;

/**
 * Loads resvg and the DejaVu font files on first use. They are optional peer dependencies: a
 * project that never draws PNG does not download a native module and 2 MB of fonts.
 */
export function pngPeers(): PngPeers {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const missing: string[] = [];
  let Resvg: ResvgClass | undefined;
  let fontDir = '';
  try {
    Resvg = (require('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg;
  } catch (cause) {
    missing.push(`@resvg/resvg-js (${(cause as Error).message.split('\n')[0]})`);
  }
  try {
    // The same font files the metrics table was generated from, so PNG text matches the measured boxes.
    fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  } catch {
    missing.push('dejavu-fonts-ttf');
  }
  if (!Resvg || missing.length > 0) {
    throw new Error(`PNG output needs the optional packages ${missing.join(' and ')}: expected them installed beside @kubegram/diagram, for example: npm install ${PEERS}`);
  }
  loaded = { Resvg, fontFiles: [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')] };
  return loaded;
}
