import { prepareSvg, type PrepareSvgOptions } from '@kubegram/site/client';
import { textPatch } from './_text-patch.ts';

/** Readies one picture after another for the page, as `prepareSvg` does. */
export type SvgPreparer = (svg: string, opts: Partial<PrepareSvgOptions>) => string;

// prepareSvg rewrites the root tag, and the title and description at its start, as a whole. Past
// them every change it makes lies inside one tag (ids, references to them, keyboard stops) and
// adds or removes no `<g `, so the content can be readied a run of whole tags at a time, cut
// before each `<g `: a keystroke changes the runs of a few elements. The diagram escapes `<` and
// `"` in text, so no tag or quoted attribute spans a cut; `url(#…)`, which prepareSvg rewrites
// even in text, could, so a picture holding one is readied whole.
const TITLE = /^\s*<title\b[^>]*>[\s\S]*?<\/title>/;
const DESC = /^\s*<desc\b[^>]*>[\s\S]*?<\/desc>/;
// Content readied on its own sits after a title and description of the wrapper's, which prepareSvg
// takes as the picture's own, so the content's first title stays where it is.
const WRAP = '<svg><title></title><desc></desc>';
const CLOSE = '</svg>';

interface Prepared {
  idPrefix: string | undefined;
  /** The last picture's content after its header, and the whole picture readied. */
  content: string;
  markup: string;
  /** Where the readied content starts in `markup`. */
  headLength: number;
  /** The content and the readied content cut into the same runs of tags, each starting at a `<g `: their lengths. */
  runs: number[];
  readyRuns: number[];
}

/** Rewrites parts of one picture, each cut between two tags, as it would rewrite them in the whole. */
export type PartRewrite = (part: string) => string;

const unchanged: PartRewrite = (part) => part;

/**
 * A preparer that answers exactly as `prepareSvg(rewriter(svg)(svg), opts)` does (as `prepareSvg(svg,
 * opts)` without a rewriter), and, given a picture that differs from the last one in a few places,
 * rewrites and readies only the tags around the change: on a picture of thousands of elements a
 * keystroke then costs a small part of readying it whole.
 */
export function createSvgPreparer(rewriter?: (svg: string) => PartRewrite): SvgPreparer {
  let last: Prepared | undefined;
  return (svg, opts) => {
    const end = headerEnd(svg);
    const rewrite = rewriter?.(svg) ?? unchanged;
    last = end === undefined || svg.includes('url(#') ? undefined : prepareNext(last, svg, end, opts, rewrite);
    return last ? last.markup : prepareSvg(rewrite(svg), opts);
  };
}

// The picture readied from the last one where it can be, else whole; the header always on its
// own. The kept parts are cut from the last markup itself, which the worker's comparison has
// already made one flat text, so the new markup is copied once, when it is next compared.
function prepareNext(last: Prepared | undefined, svg: string, end: number, opts: Partial<PrepareSvgOptions>, rewrite: PartRewrite): Prepared | undefined {
  const header = prepareSvg(`${rewrite(svg.slice(0, end))}${CLOSE}`, opts).slice(0, -CLOSE.length);
  const content = svg.slice(end);
  const change = last && last.idPrefix === opts.idPrefix ? prepareChange(last, content, opts, rewrite) : undefined;
  if (last && change) {
    const at = last.headLength;
    const markup = header + last.markup.slice(at, at + change.from) + change.out + last.markup.slice(at + change.to);
    return { idPrefix: opts.idPrefix, content, markup, headLength: header.length, runs: change.runs, readyRuns: change.readyRuns };
  }
  const whole = prepareRuns(content, opts, rewrite);
  return whole && { idPrefix: opts.idPrefix, content, markup: header + whole.out, headLength: header.length, runs: whole.runs, readyRuns: whole.readyRuns };
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

/** Readied content with both texts cut into runs; for a change, the span of the last readied content it replaces. */
interface Runs {
  out: string;
  runs: number[];
  readyRuns: number[];
}

// Content rewritten and readied whole, with both texts cut into runs.
function prepareRuns(content: string, opts: Partial<PrepareSvgOptions>, rewrite: PartRewrite): Runs | undefined {
  const out = prepareContent(rewrite(content), opts);
  if (out === undefined) return undefined;
  const [runs, readyRuns] = [runsOf(content), runsOf(out)];
  return runs.length === readyRuns.length ? { out, runs, readyRuns } : undefined;
}

// What replaces which span of the last readied content: the runs that hold the change are readied
// again, the others kept. Only the run lengths are walked, so the cost is that of the change, not of the picture.
function prepareChange(last: Prepared, content: string, opts: Partial<PrepareSvgOptions>, rewrite: PartRewrite): (Runs & { from: number; to: number }) | undefined {
  const was = last.content;
  const { head, tail } = textPatch(was, content);
  const { runs, readyRuns } = last;
  if (head === was.length && was.length === content.length) return { out: '', from: 0, to: 0, runs, readyRuns };
  let [i, from, outFrom] = [0, 0, 0];
  for (; i < runs.length && from + runs[i]! <= head; i++) [from, outFrom] = [from + runs[i]!, outFrom + readyRuns[i]!];
  let [j, to, outTo] = [runs.length, was.length, last.markup.length - last.headLength];
  for (; j > i && to - runs[j - 1]! >= was.length - tail; j--) [to, outTo] = [to - runs[j - 1]!, outTo - readyRuns[j - 1]!];
  const middle = prepareRuns(content.slice(from, to + content.length - was.length), opts, rewrite);
  if (middle === undefined) return undefined;
  return {
    out: middle.out,
    from: outFrom,
    to: outTo,
    runs: [...runs.slice(0, i), ...middle.runs, ...runs.slice(j)],
    readyRuns: [...readyRuns.slice(0, i), ...middle.readyRuns, ...readyRuns.slice(j)],
  };
}

// The lengths of the runs of `text` cut before each `<g `, the diagram's element groups.
function runsOf(text: string): number[] {
  const runs: number[] = [];
  let from = 0;
  for (let at = text.indexOf('<g ', 1); at > 0; at = text.indexOf('<g ', at + 1)) {
    runs.push(at - from);
    from = at;
  }
  if (from < text.length) runs.push(text.length - from);
  return runs;
}
