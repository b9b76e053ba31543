import { VIEW_NAMES } from '@kubegram/model';
import { closest } from '../_closest.js';
import { imagesOnLine } from '../_images-on-line.js';

/**
 * The reference that starts at `column` on `line` with its view replaced by the view nearest to
 * the one written (or `overview`), as the example for an unknown view.
 */
export function viewExample(line: string, column: number): string | undefined {
  const image = imagesOnLine(line).find((m) => m.column === column);
  const spec = image === undefined ? null : /kubegram:\s*[^\s#"']*#([^\s"']*)/.exec(image.raw);
  if (image === undefined || spec === null) return undefined;
  const written = spec[1]!;
  const near = closest(written, VIEW_NAMES) ?? 'overview';
  const at = spec.index + spec[0].length - written.length;
  return `${image.raw.slice(0, at)}${near}${image.raw.slice(at + written.length)}`;
}
