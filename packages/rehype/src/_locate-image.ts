/** A 1-based line and column in the Markdown text the tool handed over. */
export interface Point {
  line: number;
  column: number;
}

/**
 * Where an image that lost its position starts (Docusaurus replaces Markdown images by JSX nodes
 * without one): the `![` before the first occurrence of its title from `from` up to line `to`,
 * and the point after that title, from which to look for the next image.
 */
export function locateImage(lines: readonly string[], title: string, from: Point, to: number): { start: Point; after: Point } | undefined {
  const needle = title.trim();
  for (let i = from.line - 1; i < Math.min(to, lines.length); i++) {
    const line = lines[i]!;
    const at = line.indexOf(needle, i === from.line - 1 ? from.column - 1 : 0);
    if (at < 0) continue;
    const bang = line.lastIndexOf('![', at);
    return { start: { line: i + 1, column: (bang < 0 ? at : bang) + 1 }, after: { line: i + 1, column: at + needle.length + 1 } };
  }
  return undefined;
}
