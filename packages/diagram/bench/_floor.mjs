// The least any SVG writer of this selection does, for the growth benchmark to measure beside the
// real one: one object per box at a place on a grid, a map from id to box, each relation's ends
// looked up and joined by an L-shaped path, one string per box and path, and the strings joined.
// No sizing, no routing around boxes, no escaping (the generated labels need none). Its time per
// element grows with the size of the input too: what does not fit the processor's caches is read
// from memory, and a young generation that a large picture outgrows is copied by the collector.

/** SVG-like text for the selection, made with as little work per element as such text allows. */
export function floorWriter(selection) {
  const at = new Map();
  const boxes = [];
  let i = 0;
  for (const e of selection.elements) {
    const box = { id: e.id, label: e.label, x: (i % 256) * 120, y: Math.floor(i / 256) * 48, w: 96, h: 32 };
    boxes.push(box);
    at.set(e.id, box);
    i++;
  }
  const parts = [];
  for (const b of boxes) {
    parts.push(`<g id="${b.id}"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"/><text x="${b.x + 8}" y="${b.y + 20}">${b.label}</text></g>`);
  }
  for (const r of selection.relations) {
    const a = at.get(r.from);
    const b = at.get(r.to);
    if (a !== undefined && b !== undefined) parts.push(`<path id="${r.id}" d="M${a.x + a.w / 2} ${a.y + a.h}V${b.y + b.h / 2}H${b.x}"/>`);
  }
  return parts.join('');
}
