// One pass over the SVG finds an id attribute and each kind of reference to one: a picture of half
// a million characters is read and copied once rather than once per kind. An id counts only inside
// a tag (the nearest `<` before it is nearer than the nearest `>`; a tag with two ids, which XML
// forbids, has both prefixed); a reference counts anywhere.
const ID_OR_REFERENCE = /(\sid=")([^"]+)"|url\(#([^)]+)\)|((?:xlink:)?href=")#([^"]+)"|(aria-(?:labelledby|describedby)=")([^"]+)"/g;

/**
 * Prefixes every id in an SVG and every reference to one (`url(#…)`, `href="#…"`,
 * `aria-labelledby`), so several diagrams inlined in one page never share an id.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  type Found = [idHead?: string, id?: string, url?: string, hrefHead?: string, href?: string, ariaHead?: string, ids?: string, at?: number];
  return svg.replace(ID_OR_REFERENCE, (match: string, ...[idHead, id, url, hrefHead, href, ariaHead, ids, at]: Found) => {
    if (idHead !== undefined) return svg.lastIndexOf('<', at) > svg.lastIndexOf('>', at) ? `${idHead}${prefix}-${id}"` : match;
    if (url !== undefined) return `url(#${prefix}-${url})`;
    if (hrefHead !== undefined) return `${hrefHead}#${prefix}-${href}"`;
    return `${ariaHead}${ids!.split(/\s+/).map((one) => `${prefix}-${one}`).join(' ')}"`;
  });
}
