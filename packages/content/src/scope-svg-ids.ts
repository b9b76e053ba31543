/**
 * Prefixes every id in an SVG and every reference to one (`url(#…)`, `href="#…"`,
 * `aria-labelledby`), so several diagrams inlined in one page never share an id.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  return svg
    .replace(/(<[^>]*\sid=")([^"]+)"/g, (_m, head: string, id: string) => `${head}${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}-${id})`)
    .replace(/((?:xlink:)?href=")#([^"]+)"/g, (_m, head: string, id: string) => `${head}#${prefix}-${id}"`)
    .replace(/(aria-(?:labelledby|describedby)=")([^"]+)"/g, (_m, head: string, ids: string) => `${head}${ids.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ')}"`);
}
