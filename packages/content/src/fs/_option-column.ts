/**
 * The column of the part of a diagram reference that a problem's path names (`diagrams[0].view`,
 * `diagrams[0].options.node`), found from the reference's own column on its line: a problem
 * points at what to change rather than at the `!` that opens the image. The column is kept as it
 * is when the part cannot be found.
 */
export function optionColumn(line: string, column: number, path: string): number {
  const part = /^diagrams\[\d+\]\.(view|model|options\.(\w+))$/.exec(path);
  const title = line.indexOf('kubegram:', column - 1);
  if (part === null || title < 0) return column;
  const spec = /^kubegram:\s*([^\s#"']*)(#?)([^\s"']*)/.exec(line.slice(title));
  if (spec === null) return column;
  const modelAt = title + spec[0].length - spec[3]!.length - spec[2]!.length - spec[1]!.length;
  if (part[1] === 'model') return modelAt + 1;
  if (part[1] === 'view') return spec[2] === '' ? column : modelAt + spec[1]!.length + 2;
  const option = new RegExp(`\\s${part[2]}(=|[\\s"'])`).exec(line.slice(title));
  return option === null ? column : title + option.index + 2;
}
