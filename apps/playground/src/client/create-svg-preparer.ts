import { prepareSvg, type PrepareSvgOptions } from '@kubegram/site/client';
import { textPatch } from './_text-patch.ts';

/** Readies one picture after another for the page, as `prepareSvg` does. */
export type SvgPreparer = (svg: string, opts: Partial<PrepareSvgOptions>) => string;

// prepareSvg rewrites the root tag, and the title and description at its start, as a whole. Past
// them every change it makes lies inside one tag (ids, references to them, keyboard stops) and
// adds or removes no `<`, so the content can be readied a run of whole tags at a time: the part
// of the picture a keystroke changed, cut at the `<` before and after it. The diagram escapes
// `<` and `"` in text, so no tag or quoted attribute spans a cut; `url(#…)`, which prepareSvg
// rewrites even in text, could, so a picture holding one is readied whole.
const TITLE = /^\s*<title\b[^>]*>[\s\S]*?<\/title>/;
const DESC = /^\s*<desc\b[^>]*>[\s\S]*?<\/desc>/;
// Content readied on its own sits after a title and description of the wrapper's, which prepareSvg
// takes as the picture's own, so the content's first title stays where it is.
const WRAP = '<svg><title></title><desc></desc>';
const CLOSE = '</svg>';

interface Prepared {
  idPrefix: string | undefined;
  /** The last picture's content after its header, and that content readied. */
  content: string;
  out: string;
}

/**
 * A preparer that answers exactly as `prepareSvg(svg, opts)` does, and, given a picture that
 * differs from the last one in a few places, readies only the tags around the change: on a
 * picture of thousands of elements a keystroke then costs a small part of readying it whole.
 */
export function createSvgPreparer(): SvgPreparer {
  let last: Prepared | undefined;
  return (svg, opts) => {
    const end = headerEnd(svg);
    if (end === undefined || svg.includes('url(#')) {
      last = undefined;
      return prepareSvg(svg, opts);
    }
    const content = svg.slice(end);
    const out = last && last.idPrefix === opts.idPrefix ? prepareChange(last, content, opts) : prepareContent(content, opts);
    if (out === undefined) {
      last = undefined;
      return prepareSvg(svg, opts);
    }
    last = { idPrefix: opts.idPrefix, content, out };
    return prepareSvg(`${svg.slice(0, end)}${CLOSE}`, opts).slice(0, -CLOSE.length) + out;
  };
}

// Where the root tag and its own title and description end, as prepareSvg finds them.
function headerEnd(svg: string): number | undefined {
  const root = svg.search(/<svg\b/);
  if (root < 0) return undefined;
  let end = svg.indexOf('>', root) + 1;
  if (end === 0) return undefined;
  end += TITLE.exec(svg.slice(end))?.[0].length ?? 0;
  return end + (DESC.exec(svg.slice(end))?.[0].length ?? 0);
}

// Content after the header, readied by prepareSvg inside a wrapper whose own output is cut off.
function prepareContent(content: string, opts: Partial<PrepareSvgOptions>): string | undefined {
  if (content === '') return '';
  const lead = prepareSvg(`${WRAP}${CLOSE}`, opts).slice(0, -CLOSE.length);
  const out = prepareSvg(`${WRAP}${content}${CLOSE}`, opts);
  return out.startsWith(lead) && out.endsWith(CLOSE) ? out.slice(lead.length, -CLOSE.length) : undefined;
}

// The new content readied from the last one's: only the whole tags around what changed.
function prepareChange(last: Prepared, content: string, opts: Partial<PrepareSvgOptions>): string | undefined {
  const was = last.content;
  const { head, tail } = textPatch(was, content);
  if (head === was.length && was.length === content.length) return last.out;
  const from = Math.max(0, was.lastIndexOf('<', head));
  const after = was.indexOf('<', was.length - tail);
  const to = after < 0 ? was.length : after;
  const [outFrom, outTo] = [sameTagFromStart(was, from, last.out), sameTagFromEnd(was, to, last.out)];
  if (outFrom === undefined || outTo === undefined || outFrom > outTo) return undefined;
  const middle = prepareContent(content.slice(from, to + content.length - was.length), opts);
  return middle === undefined ? undefined : last.out.slice(0, outFrom) + middle + last.out.slice(outTo);
}

// Where in `out` the `<` stands that stands at `at` in `text` (or the start, for 0), counting from the start.
function sameTagFromStart(text: string, at: number, out: string): number | undefined {
  let [i, j] = [text.indexOf('<'), out.indexOf('<')];
  if (at < i || i < 0) return at === 0 ? 0 : undefined;
  while (i < at && i >= 0 && j >= 0) [i, j] = [text.indexOf('<', i + 1), out.indexOf('<', j + 1)];
  return i === at && j >= 0 ? j : undefined;
}

// The same, counting from the end (or the end itself, for `text.length`).
function sameTagFromEnd(text: string, at: number, out: string): number | undefined {
  if (at === text.length) return out.length;
  let [i, j] = [text.lastIndexOf('<'), out.lastIndexOf('<')];
  while (i > at && i >= 0 && j >= 0) [i, j] = [text.lastIndexOf('<', i - 1), out.lastIndexOf('<', j - 1)];
  return i === at && j >= 0 ? j : undefined;
}
