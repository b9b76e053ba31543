import type { Cluster } from '@kubegram/model';
import { toSvg, type SvgOptions } from '../svg/index.js';
import { pngPeers } from './_optional-peers.js';

/** Options of `toPng`: those of `toSvg`, plus the output scale. */
export interface PngOptions extends SvgOptions {
  /** Pixels per SVG unit; 2 gives a sharp picture on high-density screens and slides. */
  scale?: number;
}

const DEFAULTS = { scale: 2 } as const;

/** Draws one view of a cluster as a PNG image, through resvg: no browser involved; `theme: 'auto'` gives the light colours. */
export function toPng(cluster: Cluster, options: PngOptions = {}): Uint8Array {
  const opts = { ...DEFAULTS, ...options };
  if (!(opts.scale > 0 && opts.scale <= 16)) throw new Error(`toPng: options.scale is ${String(opts.scale)}: expected a number above 0 and at most 16 (for example 2)`);
  const { Resvg, fontFiles } = pngPeers();
  // resvg reads no custom properties, and a picture has no page to follow: `auto` is drawn light.
  const svg = toSvg(cluster, opts.theme === 'auto' ? { ...opts, theme: 'light' } : opts);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: opts.scale },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}
