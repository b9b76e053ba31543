import type { Paint } from './_paint.js';

/** The state of one SVG being written: its paint, what is lit, and the pieces written so far. */
export interface SvgContext {
  /** How elements get their colours: `paint.attrs('pod-fill', 'pod-stroke')`. */
  paint: Paint;
  lit: ReadonlySet<string>;
  context: ReadonlySet<string>;
  dimming: boolean;
  dim: string;
  /** The opening of the `<use>` that places each kind and colour of icon badge, by kind and colours. */
  icons: Map<string, string>;
  /** One `<symbol>` per kind and colour of icon badge, drawn once and placed with `<use>`. */
  symbols: string[];
  paints: Map<string, string>;
  /** The same openings by kind, for leaves and for containers: found without building a key. */
  leafIcons: Map<string, string>;
  containerIcons: Map<string, string>;
  /** The paint of a box neither lit nor in trouble, by kind, for leaves and for containers. */
  leafPaints: Map<string, string>;
  containerPaints: Map<string, string>;
  /** The paint of a label, by its box's kind. */
  textPaints: Map<string, string>;
  /** Where the markup goes, piece by piece, joined once at the end. */
  out: string[];
  /** Where the pieces not yet merged into a chunk start in `out`. */
  loose: number;
}

/** Empty caches of the markup an SVG repeats, for a new context. */
export const newCaches = (): Pick<SvgContext, 'icons' | 'symbols' | 'paints' | 'leafIcons' | 'containerIcons' | 'leafPaints' | 'containerPaints' | 'textPaints'> => ({
  icons: new Map(),
  symbols: [],
  paints: new Map(),
  leafIcons: new Map(),
  containerIcons: new Map(),
  leafPaints: new Map(),
  containerPaints: new Map(),
  textPaints: new Map(),
});

// Pieces per chunk: chunks of tens of kilobytes stay ordinary heap objects; much larger ones get
// fresh memory of their own each time, which measured slower.
const CHUNK = 256;

/**
 * Merges the latest pieces into one flat chunk, so the many short-lived pieces die young instead
 * of being carried through every collection until the final join.
 */
export function settle(ctx: SvgContext): void {
  const { out } = ctx;
  if (out.length - ctx.loose < CHUNK) return;
  const chunk = out.slice(ctx.loose).join('');
  out.length = ctx.loose;
  out.push(chunk);
  ctx.loose = out.length;
}

