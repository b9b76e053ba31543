import type { Point, TextBlock } from '../layout/index.js';

// The text after the point of each count of hundredths left over: none for 0, `.5` for 50, `.05` for 5.
const CENTS: readonly string[] = Array.from({ length: 100 }, (_, f) => (f === 0 ? '' : f % 10 === 0 ? `.${f / 10}` : f < 10 ? `.0${f}` : `.${f}`));

/** Writes a number with at most two decimals, never as `-0`, so identical input gives identical bytes. */
export function num(n: number): string {
  // Most of a picture's numbers are whole: the engine writes them from its cache of number texts,
  // without the rounding below. Only where hundredths are exact, so the text is the one below.
  // Numbers become text through templates: the optimising compiler writes one inline, where a
  // call of String measured two to three times slower.
  if (Number.isInteger(n) && n < 1e7 && n > -1e7) return `${n}`;
  const cents = Math.round(n * 100);
  // A picture's numbers are small: the whole part is written from a small integer, which the engine
  // writes fastest, and the decimals are looked up; the same text as String(cents / 100) at a
  // fraction of the cost. Anything large or odd (NaN, infinities) goes the general way.
  if (!(cents < 1e9 && cents > -1e9)) return `${cents / 100 + 0}`;
  const abs = cents < 0 ? -cents : cents;
  const frac = abs % 100;
  // -0 (a tiny negative rounded away) is written by String as 0.
  if (frac === 0) return `${cents / 100}`;
  // Fitted pictures are full of them (a wrapped label's line height moves every box below it off
  // whole pixels): the text of each is kept in a small table by its hundredths, and a number met
  // again is read back instead of written anew, as the engine does for whole numbers.
  const slot = cents & (DECIMALS - 1);
  if (DECIMAL_CENTS[slot] === cents) return DECIMAL_TEXTS[slot]!;
  const text = cents < 0 ? `-${(abs - frac) / 100}${CENTS[frac]!}` : `${(abs - frac) / 100}${CENTS[frac]!}`;
  DECIMAL_CENTS[slot] = cents;
  DECIMAL_TEXTS[slot] = text;
  return text;
}

// The last decimal written in each slot of the table, by its hundredths and as text. A whole number
// never gets here, so the filler, 0, matches none. Writing the course overview fitted to a column
// took 1.5 µs (of 27) less with it.
const DECIMALS = 4096;
const DECIMAL_CENTS = new Int32Array(DECIMALS);
const DECIMAL_TEXTS: string[] = new Array<string>(DECIMALS).fill('');

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * Escapes text for an XML attribute or text node; drops characters XML 1.0 forbids. With `memo`,
 * text escaped before is looked up: a lookup costs a tenth of the test below over a description.
 */
export function esc(s: string, memo?: Map<string, string>): string {
  if (memo === undefined) return escaped(s);
  let e = memo.get(s);
  if (e === undefined) memo.set(s, (e = escaped(s)));
  return e;
}

function escaped(s: string): string {
  // Most labels and ids need nothing; one test spares them the copy and its garbage.
  if (!NEEDS_ESCAPE.test(s)) return s;
  // One pass copying the runs between the characters to replace: a relation's id (`a->b`) always
  // needs it, and this costs a third of two replacements with a function per match.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let entity: string;
    if (c === 0x3e) entity = '&gt;';
    else if (c === 0x3c) entity = '&lt;';
    else if (c === 0x26) entity = '&amp;';
    else if (c === 0x22) entity = '&quot;';
    else if (c === 0x27) entity = '&#39;';
    // Control characters other than tab, newline and return, and U+FFFE and U+FFFF, are dropped.
    else if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c >= 0xfffe) entity = '';
    else continue;
    out += s.slice(from, i) + entity;
    from = i + 1;
  }
  return out + s.slice(from);
}

/** A `<text>` element painted by `paint` (attribute text): one line is its own text, more lines are one `<tspan>` each. */
export function textMarkup(t: TextBlock, paint: string, extra = '', memo?: Map<string, string>): string {
  const weight = t.weight === 'bold' ? ' font-weight="bold"' : '';
  const anchor = t.anchor === 'middle' ? ' text-anchor="middle"' : '';
  const x = num(t.x);
  // Most labels are one line: placing the text element itself spares a tspan per element.
  if (t.lines.length === 1) return `<text x="${x}" y="${num(t.y)}" font-size="${num(t.size)}"${weight}${anchor}${paint}${extra}>${esc(t.lines[0]!, memo)}</text>`;
  let spans = '';
  for (let i = 0; i < t.lines.length; i++) spans += `<tspan x="${x}" y="${num(t.y + i * t.lineHeight)}">${esc(t.lines[i]!, memo)}</tspan>`;
  return `<text font-size="${num(t.size)}"${weight}${anchor}${paint}${extra}>${spans}</text>`;
}

// Path numbers keep two decimals the way SVG path writers commonly round them (d3-path's
// pathRound(2), which these pictures were first drawn with): the text of the number rounded to
// hundredths, which is what `num` writes. Writing the text here spares a path object and a tagged
// template per command.
const RADIUS = 6;
// The start of a corner's arc with room for the whole radius, as most have, by its sweep: one piece
// where writing it out made nine short strings per corner for the collector.
const FULL_ARC: readonly string[] = [`A${RADIUS},${RADIUS},0,0,0,`, `A${RADIUS},${RADIUS},0,0,1,`];

// A command's point, `L12,34.5`, made as its own short string before it joins the path: the engine
// copies a string this short into one piece, where appending its parts one by one to the longer
// path made a piece each, and every piece costs again when the picture is made flat.
const point = (command: string, x: number, y: number): string => command + num(x) + ',' + num(y);

// A segment's length: along an axis, where nearly all of them run, exactly what Math.hypot gives (as
// its other side is 0), at a fraction of the cost.
const segmentLength = (dx: number, dy: number) => (dx === 0 ? Math.abs(dy) : dy === 0 ? Math.abs(dx) : Math.hypot(dx, dy));

// The tangent the arc of a right-angled corner is cut at, as the general formula computes it: an
// orthogonal corner's cosine is exactly 0, its legs' squares summing to the diagonal's in the same
// operations, so every right angle gives this same number.
const TAN_RIGHT = Math.tan((Math.PI - Math.acos(0)) / 2);

/** Path data of an orthogonal polyline with its corners rounded. */
export function polylinePath(points: readonly Point[]): string {
  const first = points[0]!;
  // The pen: where the last command left it, unrounded, as the corner arithmetic needs it.
  let x0 = first.x;
  let y0 = first.y;
  let d = point('M', x0, y0);
  for (let i = 1; i < points.length - 1; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const c = points[i + 1]!;
    const r = Math.min(RADIUS, segmentLength(b.x - a.x, b.y - a.y) / 2, segmentLength(c.x - b.x, c.y - b.y) / 2);
    // A corner of radius r from the pen through b towards c: the tangent arc of the canvas arcTo.
    const x1 = b.x;
    const y1 = b.y;
    const x21 = c.x - x1;
    const y21 = c.y - y1;
    const x01 = x0 - x1;
    const y01 = y0 - y1;
    const l01_2 = x01 * x01 + y01 * y01;
    // The pen already at the corner: nothing to draw.
    if (!(l01_2 > 1e-6)) continue;
    // In line with the next point, or no room to round: a straight line to the corner.
    if (!(Math.abs(y01 * x21 - y21 * x01) > 1e-6) || !r) {
      d += point('L', (x0 = x1), (y0 = y1));
      continue;
    }
    const x20 = c.x - x0;
    const y20 = c.y - y0;
    const l21_2 = x21 * x21 + y21 * y21;
    const l20_2 = x20 * x20 + y20 * y20;
    const l21 = Math.sqrt(l21_2);
    const l01 = Math.sqrt(l01_2);
    const cos = (l21_2 + l01_2 - l20_2) / (2 * l21 * l01);
    const l = r * (cos === 0 ? TAN_RIGHT : Math.tan((Math.PI - Math.acos(cos)) / 2));
    const t01 = l / l01;
    const t21 = l / l21;
    if (Math.abs(t01 - 1) > 1e-6) d += point('L', x1 + t01 * x01, y1 + t01 * y01);
    const sweep = y01 * x20 > x01 * y20 ? 1 : 0;
    const arc = r === RADIUS ? FULL_ARC[sweep]! : `A${num(r)},${num(r)},0,0,${sweep},`;
    d += arc + point('', (x0 = x1 + t21 * x21), (y0 = y1 + t21 * y21));
  }
  const last = points[points.length - 1]!;
  return d + point('L', last.x, last.y);
}

/** Path data of a filled arrowhead at the end of a polyline. */
export function arrowHead(points: readonly Point[], size = 8): string {
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2] ?? tip;
  const len = segmentLength(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.45;
  // Three short strings, each copied into one piece, then joined: two pieces where writing the
  // parts in a row made seven.
  return point('M', bx - uy * half, by + ux * half) + point('L', tip.x, tip.y) + (point('L', bx + uy * half, by - ux * half) + 'Z');
}
