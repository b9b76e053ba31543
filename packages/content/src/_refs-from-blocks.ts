import type { ContentError, DiagramRef, DiagramRefsResult } from './types.js';
import type { LocatedToken } from './_markdown.js';
import { parseDiagramSpec } from './_diagram-spec.js';
import { imagesOnLine } from './_images-on-line.js';
import { dirname, isAbsolute, resolvePath } from './_path.js';

const PREFIX = 'kubegram:';

/** The diagram references among the parsed blocks of `markdown`; see `findDiagramRefs`. */
export function refsFromBlocks(blocks: LocatedToken[], markdown: string, file: string, bodyLine: number): DiagramRefsResult {
  const refs: DiagramRef[] = [];
  const errors: ContentError[] = [];
  const sourceLines = markdown.split(/\r?\n/);
  const folder = dirname(file);
  const used = new Map<number, number>();
  let index = 0;

  for (const { token, line: blockLine } of blocks) {
    if (token.type !== 'inline') continue;
    let line = blockLine;
    for (const child of token.children ?? []) {
      if (child.type === 'softbreak' || child.type === 'hardbreak') line += 1;
      const title = String(child.attrGet('title') ?? '').trim();
      if (!title.startsWith(PREFIX)) continue;
      const at = bodyLine + line;
      const i = index++;
      const error = (path: string, message: string, column?: number) =>
        errors.push({ file, line: at, ...(column === undefined ? {} : { column }), path: `diagrams[${i}]${path === '' ? '' : `.${path}`}`, message });
      if (child.type === 'link_open') {
        error('', `a diagram reference must be an image: write "![alt](picture.svg "${title}")", with "!" in front`);
        continue;
      }
      if (child.type !== 'image') continue;

      const alt = child.children?.map((c) => c.content).join('') ?? child.content;
      const found = locateRaw(sourceLines[line] ?? '', used.get(line) ?? 0);
      used.set(line, (used.get(line) ?? 0) + 1);
      // markdown-it percent-encodes the path; the reference keeps it as the author wrote it.
      const src = found?.src ?? safeDecode(String(child.attrGet('src') ?? ''));
      const column = found?.column;
      const raw = found?.raw ?? `![${alt}](${src} "${title}")`;

      let ok = true;
      if (src === '' || /^[a-z][a-z0-9+.-]*:/i.test(src) || isAbsolute(src)) {
        error('src', `expected the image path to be relative to the lesson, such as "diagrams/architecture.svg", got "${src}"`, column);
        ok = false;
      } else if (!/\.svg$/i.test(src)) {
        error('src', `expected the image path to end in .svg (the diagram is written there), got "${src}"`, column);
        ok = false;
      }
      const spec = parseDiagramSpec(title.slice(PREFIX.length), folder);
      if (!spec.ok) {
        for (const p of spec.problems) error(p.path, p.message, column);
        continue;
      }
      if (!ok) continue;
      const { ok: _ok, ...parts } = spec;
      refs.push({ alt, src, output: resolvePath(folder, src), ...parts, line: at, raw });
    }
  }
  return { refs, errors };
}

/** The n-th `kubegram:` image written on a source line, with its 1-based column. */
function locateRaw(source: string, n: number): { raw: string; src: string; column: number } | undefined {
  return imagesOnLine(source).filter((m) => /["']\s*kubegram:/.test(m.raw))[n];
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
