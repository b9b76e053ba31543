import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** The Markdown file being rendered, as far as the tool tells, and how its lines map to the file's. */
export interface MarkdownSource {
  /** The file, absolute; `<baseDir>/<markdown>` when the tool did not say. */
  file: string;
  /** Lines of the file before the text markdown-it was given (a frontmatter the tool cut off). */
  lineOffset: number;
  /** The lines of the text markdown-it was given. */
  lines: string[];
}

/**
 * The Markdown file a docs tool renders (`named`, as the tool gives it, if it does) and the text
 * it handed over. When the tool cut a frontmatter off first, the file is read back to count the
 * lines it cut, so that problems carry the file's own line numbers.
 */
export function markdownSource(named: string | undefined, src: string, baseDir: string | undefined): MarkdownSource {
  const base = resolve(baseDir ?? process.cwd());
  const file = named === undefined ? join(base, '<markdown>') : isAbsolute(named) ? named : resolve(base, named);
  const lines = src.split(/\r?\n/);
  if (named === undefined) return { file, lineOffset: 0, lines };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { file, lineOffset: 0, lines };
  }
  const cut = text.length - src.length;
  const lineOffset = cut > 0 && text.endsWith(src) ? text.slice(0, cut).split(/\r?\n/).length - 1 : 0;
  return { file, lineOffset, lines };
}
