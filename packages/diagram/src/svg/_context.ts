import { chunkSink, concat, type ChunkSink } from './_join.js';
import type { Paint } from './_paint.js';

/** The state of one SVG being written: its paint, what is lit, and the pieces written so far. */
export interface SvgContext {
  /** How elements get their colours: `paint.attrs('pod-fill', 'pod-stroke')`. */
  paint: Paint;
  lit: ReadonlySet<string>;
  context: ReadonlySet<string>;
  dimming: boolean;
  dim: string;
  /** The markup every box of a kind repeats: the paint's own, so a fixed theme builds it once. */
  kinds: KindMarkup;
  /** One `<symbol>` per kind and colour of icon badge, drawn once and placed with `<use>`. */
  symbols: string[];
  /** This SVG's number among those drawn with its paint's kind markup: a badge drawn in it carries it. */
  picture: number;
  /** Where the markup goes, piece by piece: the head, then the pieces not yet merged into a chunk. */
  out: string[];
  /** Where the head ends in `out`, and the pieces not yet merged into a chunk start. */
  loose: number;
  /** Where the merged chunks go, joined with the head and the last pieces at the end; made when the first chunk is. */
  sink: ChunkSink | undefined;
  /** Text escaped by earlier pictures, by its text (`escapedFor`); none for a large picture. */
  escaped: Map<string, string> | undefined;
}

/** A kind's icon badge in one paint: its `<symbol>`, and the opening of the `<use>` that places it. */
export interface Badge {
  symbol: string;
  open: string;
  /** The number of the last picture whose symbols hold it: a mark per picture, where a set per picture cost a lookup per box. */
  drawnIn: number;
}

/**
 * Markup that depends only on a box's kind (and whether it is a container, lit or in trouble) and
 * on the paint: built the first time it is met, then found without building text or keys again.
 */
export interface KindMarkup {
  /** Badges by kind and colours, so kinds painted alike share one symbol. */
  icons: Map<string, Badge>;
  /** Badges by kind, of leaves and of containers. */
  leafIcons: Map<string, Badge>;
  containerIcons: Map<string, Badge>;
  /** A rectangle's paint by kind, container, lit and state. */
  paints: Map<string, string>;
  /** The same for a box neither lit nor in trouble, by kind, of leaves and of containers. */
  leafPaints: Map<string, string>;
  containerPaints: Map<string, string>;
  /** A label's paint, by its box's kind. */
  textPaints: Map<string, string>;
  /** The markup between a box's values, by kind, container, lit, state and dimming. */
  glue: Map<string, BoxGlue>;
  /** The same for a box neither lit, dimmed nor in trouble, by kind, of leaves and of containers. */
  leafGlue: Map<string, BoxGlue>;
  containerGlue: Map<string, BoxGlue>;
  /** The markup between a relation's values, plain and lit, once a relation is drawn. */
  edges: { plain: EdgeLook; strong: EdgeLook } | undefined;
  /** The root's escaped font family, once a picture is drawn. */
  fontFamily: string | undefined;
  /** How many pictures were drawn with this markup: each picture's number. */
  pictures: number;
  /** The last `<defs>` written, and the symbols it holds in order: pictures of the same kinds write it again. */
  defs: { symbols: readonly string[]; markup: string } | undefined;
}

/** The markup after a relation's line and after its arrowhead, each from the quote closing the path data, for one look. */
export interface EdgeLook {
  line: string;
  head: string;
}

/** The markup between the values of a box of one kind, state and dimming, in the order it is written. */
export interface BoxGlue {
  /** After the id, up to the rectangle's x: `" data-kind="pod"><rect x="`. */
  open: string;
  /** After the rectangle's height, its paint, up to the tooltip's text. */
  rect: string;
  /** After the tooltip, up to the badge's x: set when a box of the kind first has a badge. */
  badge: string | undefined;
  /** After the badge's y, up to the label. */
  badgeEnd: string;
  /** After the badge's y, up to a one-line label's x. */
  badgeText: string;
  /** The label's paint. */
  textPaint: string;
  /**
   * A one-line label's attributes after its position, for the size, weight and anchor last met;
   * and, once a label of more lines is met, the `<text>` opening that holds its lines.
   */
  text: { size: number; weight: string; anchor: string; markup: string; lines?: string } | undefined;
}

/** An empty record of kind markup, for a new paint. */
export const kindMarkup = (): KindMarkup => ({
  icons: new Map(),
  leafIcons: new Map(),
  containerIcons: new Map(),
  paints: new Map(),
  leafPaints: new Map(),
  containerPaints: new Map(),
  textPaints: new Map(),
  glue: new Map(),
  leafGlue: new Map(),
  containerGlue: new Map(),
  edges: undefined,
  fontFamily: undefined,
  pictures: 0,
  defs: undefined,
});

// Pieces per chunk: chunks of tens of kilobytes stay ordinary heap objects; much larger ones get
// fresh memory of their own each time, which measured slower. A large picture's final string is
// made by the context's `ChunkSink`. Markup written into a byte buffer and decoded once
// measured slower than these pieces: every character then passes through JavaScript.
const CHUNK = 256;

/**
 * Merges the latest pieces into one flat chunk, so the many short-lived pieces die young instead
 * of being carried through every collection until the final join.
 */
export function settle(ctx: SvgContext): void {
  const { out } = ctx;
  if (out.length - ctx.loose < CHUNK) return;
  const chunk = concat(out.slice(ctx.loose));
  out.length = ctx.loose;
  (ctx.sink ??= chunkSink()).add(chunk);
}

