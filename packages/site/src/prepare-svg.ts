import { escapeHtml, scopeSvgIds } from '@kubegram/content';

/** Options for `prepareSvg`. */
export interface PrepareSvgOptions {
  /** Prefix for every id inside the SVG, unique in the page (two SVGs of one page must not share ids). */
  idPrefix: string;
  /** The diagram's accessible name, used as its `<title>` when the SVG has none. */
  title: string;
  /** A longer text alternative, used as its `<desc>` when the SVG has none. */
  description: string;
}

const DEFAULTS = { idPrefix: 'kg', title: 'Diagram', description: '' } satisfies PrepareSvgOptions;

/**
 * Readies a generated SVG for inlining in a page: scopes its ids, names it with `<title>` and
 * `<desc>`, and makes each component reachable with the keyboard.
 */
export function prepareSvg(svg: string, opts: Partial<PrepareSvgOptions> = {}): string {
  const { idPrefix, title, description } = { ...DEFAULTS, ...opts };
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error(`prepareSvg: expected an SVG document, got: ${svg.slice(0, 60)}`);
  // Ids are scoped first so the ones added below stay as written.
  let out = scopeSvgIds(svg, idPrefix);

  out = out.replace(/<g\b([^>]*)>/g, (tag, attrs: string) =>
    /\sdata-id="/.test(attrs) && !/\sdata-edge\b/.test(attrs) && !/\stabindex=/.test(attrs) ? `<g${attrs} tabindex="0">` : tag);

  const start = out.indexOf('>', out.search(/<svg\b/)) + 1;
  const rest = out.slice(start);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  let head = '';
  let body = rest;
  const ownTitle = /^\s*<title\b[^>]*>([\s\S]*?)<\/title>/.exec(body);
  head += `<title id="${titleId}">${ownTitle ? ownTitle[1] : escapeHtml(title)}</title>`;
  if (ownTitle) body = body.slice(ownTitle[0].length);
  const ownDesc = /^\s*<desc\b[^>]*>([\s\S]*?)<\/desc>/.exec(body);
  head += `<desc id="${descId}">${ownDesc ? ownDesc[1] : escapeHtml(description)}</desc>`;
  if (ownDesc) body = body.slice(ownDesc[0].length);

  const svgTag = out
    .slice(0, start)
    .replace(/\s(?:role|aria-labelledby|aria-describedby|aria-label)="[^"]*"/g, '')
    .replace(/<svg\b/, `<svg role="group" aria-labelledby="${titleId}" aria-describedby="${descId}"`);
  return `${svgTag}${head}${body}`;
}
