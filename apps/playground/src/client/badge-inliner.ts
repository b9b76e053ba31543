// A badge as the diagram defines it once per kind and colour: a heptagon and a short name, drawn
// at the origin. Any other symbol is left to its `<use>`.
const BADGE = /<symbol id="([^"]+)" overflow="visible"><polygon points="([^"<>]*)"([^<>]*)\/><text x="(-?[\d.]+)" y="(-?[\d.]+)"([^<>]*)>([^<]*)<\/text><\/symbol>/g;
// The placing of a badge in a box, as the diagram writes it. A dimmed badge's `<use>` also has an
// opacity, which applies to the badge as one picture: it stays a `<use>`.
const USE = /<use href="#([^"]+)" aria-hidden="true" x="(-?[\d.]+)" y="(-?[\d.]+)"\/>/y;

// Written as the diagram writes its numbers: at most two decimals, never `-0`.
const fmt = (n: number): string => String(Math.round(n * 100) / 100 + 0);

/** Draws a badge's shapes at (x, y). */
type PlaceBadge = (x: number, y: number) => string;

// Each badge symbol read once: its outline's points as numbers, and the fixed text around them.
const readBadges = new Map<string, PlaceBadge>();

function badgeOf(symbol: RegExpMatchArray): PlaceBadge {
  const known = readBadges.get(symbol[0]);
  if (known) return known;
  const [, , points, shapeAttrs, tx, ty, textAttrs, name] = symbol as unknown as string[];
  const pairs = points!.split(' ').map((pair) => pair.split(',').map(Number) as [number, number]);
  const [textX, textY] = [Number(tx), Number(ty)];
  // The name is hidden from assistive technology, as the `<use>` it replaces was.
  const place: PlaceBadge = (x, y) =>
    `<polygon points="${pairs.map(([px, py]) => `${fmt(px + x)},${fmt(py + y)}`).join(' ')}"${shapeAttrs}/>` +
    `<text x="${fmt(textX + x)}" y="${fmt(textY + y)}" aria-hidden="true"${textAttrs}>${name}</text>`;
  readBadges.set(symbol[0], place);
  return place;
}

/**
 * Draws every badge of a picture in place instead of placing it with `<use>`: the same shapes at
 * the same points. Chromium gives each `<use>` a transform of its own, and a big picture's thousand
 * badges then paint, and split the picture's layer, into thousands of pieces: on a 100-node
 * picture, redrawing after one changed label took about twice the paint and thirty times the
 * layering with them. Returns a rewrite of any part of `svg` cut between tags: the badges are read
 * from the picture's `<defs>` once, and each part can then be rewritten on its own. The symbols stay
 * defined; a dimmed badge, and a `<use>` of any other symbol, stay as they are.
 */
export function badgeInliner(svg: string): (part: string) => string {
  const defsEnd = svg.indexOf('</defs>');
  const badges = new Map<string, PlaceBadge>();
  if (defsEnd >= 0) for (const symbol of svg.slice(0, defsEnd).matchAll(BADGE)) badges.set(symbol[1]!, badgeOf(symbol));
  return badges.size === 0 ? (part) => part : (part) => inline(part, badges);
}

// Found by `indexOf` and read in place: a RegExp replace with a function took 30 times as long on a 500 KB picture.
function inline(part: string, badges: ReadonlyMap<string, PlaceBadge>): string {
  const parts: string[] = [];
  let from = 0;
  for (let at = part.indexOf('<use '); at >= 0; at = part.indexOf('<use ', at + 1)) {
    USE.lastIndex = at;
    const found = USE.exec(part);
    const place = found && badges.get(found[1]!);
    if (!found || !place) continue;
    parts.push(part.slice(from, at), place(Number(found[2]), Number(found[3])));
    from = at + found[0].length;
  }
  if (from === 0) return part;
  parts.push(part.slice(from));
  return parts.join('');
}
