import { modelKey, type DiagramRef, type Lesson, type Section } from '@kubegram/content';
import { storyPages, toSvg } from '@kubegram/diagram';
import type { StepRange, ThemeName } from '@kubegram/diagram';
import { views, type Cluster } from '@kubegram/model';
import { plainText, sectionBlocks, type Block, type Point } from './_blocks.js';
import { CONTENT, DIAGRAM_FONT_PX, TYPE, headingHeight, monoCharsPerLine, charsPerLine, textHeight, wrappedLines } from './_metrics.js';
import type { Slide } from './_slide.js';
import { dropImages } from './_strip-markup.js';
import { tourCaption, tourSteps } from './_tour.js';
import { tourFontPx } from './_tour-zoom.js';
import { DeckError } from './deck-error.js';
import { diagramFence } from './plugins/diagram/_meta.js';

/** What section slides need besides the section. */
export interface SectionContext {
  lesson: Lesson;
  models: ReadonlyMap<string, Cluster>;
  theme: ThemeName;
  maxPoints: number;
  /** Running count of diagrams in the lesson, for numbering. */
  diagramCount: { value: number };
}


/** One thing placed on a content slide, with the height it takes. */
interface Unit {
  markdown: string;
  height: number;
  /** For a point: its list nesting, clamped when a slide starts inside a nested list. */
  depth?: number;
  /** Counts towards the points limit. */
  point: boolean;
}

function pointUnit(p: Point, index: number): Unit {
  const width = CONTENT.width - TYPE.indent * (p.depth + 1);
  const lines = wrappedLines(plainText(p.markdown), charsPerLine(width, TYPE.body.size));
  const marker = p.ordered ? `${index + 1}.` : '-';
  return { markdown: `${marker} ${p.markdown}`, depth: p.depth, height: lines * TYPE.body.size * TYPE.body.lineHeight + TYPE.body.gap, point: true };
}

function codeUnits(lang: string, lines: string[], budget: number): Unit[] {
  const { size, lineHeight, padding, gap } = TYPE.code;
  const perLine = monoCharsPerLine(CONTENT.width - 2 * padding - 2, size);
  const lineH = size * lineHeight;
  // pre-wrap breaks at spaces like prose and keeps indentation: glue the indent to the first word.
  const rowsOf = (l: string) => wrappedLines(l.replace(/^\s+/, (m) => '_'.repeat(m.length)), perLine);
  const chrome = 2 * padding + 2 + gap;
  const units: Unit[] = [];
  let chunk: string[] = [];
  let rows = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    const fence = chunk.some((l) => l.includes('```')) ? '~~~~' : '```';
    units.push({ markdown: `${fence}${lang}\n${chunk.join('\n')}\n${fence}`, height: rows * lineH + chrome, point: false });
    chunk = [];
    rows = 0;
  };
  for (const line of lines) {
    const r = rowsOf(line);
    if (chunk.length > 0 && (rows + r) * lineH + chrome > budget) flush();
    chunk.push(line);
    rows += r;
  }
  flush();
  return units;
}

function tableUnits(header: string, rows: string[], budget: number): Unit[] {
  const cells = (row: string) => row.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => plainText(c.trim()));
  const head = header.split('\n')[0] ?? '';
  const cols = Math.max(1, cells(head).length);
  // Browsers give wide columns more room: share the width by each column's longest cell.
  const longest = Array.from({ length: cols }, (_, i) => Math.max(4, ...[head, ...rows].map((r) => [...(cells(r)[i] ?? '')].length)));
  const total = longest.reduce((a, b) => a + b, 0);
  const perLine = longest.map((l) => charsPerLine(Math.max(60, (CONTENT.width * l) / total) - 22, TYPE.caption.size));
  const rowHeight = (row: string) => Math.max(1, ...cells(row).map((c, i) => wrappedLines(c, perLine[i] ?? 8))) * TYPE.caption.size * TYPE.code.lineHeight + 12;
  const headH = rowHeight(head) + TYPE.body.gap;
  const units: Unit[] = [];
  let chunk: string[] = [];
  let height = headH;
  for (const row of rows) {
    const h = rowHeight(row);
    if (chunk.length > 0 && height + h > budget) {
      units.push({ markdown: `${header}\n${chunk.join('\n')}`, height, point: false });
      chunk = [];
      height = headH;
    }
    chunk.push(row);
    height += h;
  }
  if (chunk.length > 0 || rows.length === 0) units.push({ markdown: `${header}\n${chunk.join('\n')}`, height, point: false });
  return units;
}

function quoteUnit(markdown: string): Unit {
  const lines = wrappedLines(plainText(markdown), charsPerLine(CONTENT.width - 26, TYPE.body.size));
  return { markdown: `> ${markdown}`, height: lines * TYPE.body.size * TYPE.body.lineHeight + TYPE.body.gap, point: true };
}

// The first sentence of a paragraph: what a slide shows of a section written only as prose.
function firstSentence(markdown: string): string {
  const m = /^(.+?[.!?])(?=\s+[A-Z`*_[(]|$)/.exec(markdown);
  return (m?.[1] ?? markdown).trim();
}

function derivedPoints(blocks: readonly Block[]): Point[] {
  return blocks
    .filter((b) => b.kind === 'prose')
    .map((b) => firstSentence(dropImages(b.markdown).trim()))
    .filter((m) => m !== '')
    .map((markdown) => ({ markdown, depth: 0, ordered: false }));
}

/** The heading of a section as written in the lesson, inline Markdown kept. */
function headingMarkdown(lesson: Lesson, section: Section): string {
  const line = lesson.body.split('\n')[section.line - lesson.bodyLine];
  const m = line === undefined ? null : /^#{2,3}\s+(.*?)\s*#*\s*$/.exec(line);
  return m?.[1] ?? section.heading;
}

// A nested point that opens a slide (or follows a code block) moves up to the top level, since
// Markdown would read its indent as a code block.
function writeUnits(units: readonly Unit[]): string {
  let previous = -1;
  return units
    .map((u) => {
      if (u.depth === undefined) {
        previous = -1;
        return `\n${u.markdown}\n`;
      }
      const depth = Math.min(u.depth, previous + 1);
      previous = depth;
      return `${'   '.repeat(depth)}${u.markdown}`;
    })
    .join('\n')
    .trim();
}

/** Sorts units onto slides: at most `maxPoints` points and never more than the height budget. */
function packUnits(units: readonly Unit[], budget: number, maxPoints: number): Unit[][] {
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  let used = 0;
  let points = 0;
  for (const u of units) {
    if (page.length > 0 && (used + u.height > budget || (u.point && points >= maxPoints))) {
      pages.push(page);
      page = [];
      used = 0;
      points = 0;
    }
    page.push(u);
    used += u.height;
    if (u.point) points++;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Renders the slides of one section: its points, split as needed, then its diagrams and tours. */
export function sectionSlides(section: Section, heading: string | undefined, ctx: SectionContext, derivePoints = true): Slide[] {
  const { lesson } = ctx;
  const next = lesson.sections[lesson.sections.indexOf(section) + 1];
  const blocks = sectionBlocks(lesson, section, next?.line ?? Infinity);
  const title = heading ?? headingMarkdown(lesson, section);
  const titleText = plainText(title);
  const prose = blocks.filter((b): b is Extract<Block, { kind: 'prose' }> => b.kind === 'prose').map((b) => plainText(b.markdown));
  const shows = blocks.some((b) => b.kind !== 'prose');
  const shown: Block[] = shows
    ? blocks.filter((b) => b.kind !== 'prose')
    : derivePoints && prose.length > 0
      ? [{ kind: 'points', points: derivedPoints(blocks) }]
      : [];

  const slides: Slide[] = [];
  let run: Unit[] = [];
  const budgetFor = (text: string) => CONTENT.height - headingHeight(text);
  const flushRun = () => {
    if (run.length === 0) return;
    const pages = packUnits(run, budgetFor(`${titleText} (10/10)`), ctx.maxPoints);
    pages.forEach((page, i) => {
      const suffix = pages.length > 1 ? ` (${i + 1}/${pages.length})` : '';
      slides.push({ directives: {}, body: `## ${title}${suffix}\n\n${writeUnits(page)}`, notes: [] });
    });
    run = [];
  };
  const fullBudget = budgetFor(`${titleText} (10/10)`);
  for (const block of shown) {
    if (block.kind === 'points') {
      let n = 0;
      for (const p of block.points) run.push(pointUnit(p, p.depth === 0 ? n++ : 0));
    } else if (block.kind === 'quote') run.push(quoteUnit(block.markdown));
    else if (block.kind === 'code') run.push(...codeUnits(block.lang, block.lines, fullBudget));
    else if (block.kind === 'table') run.push(...tableUnits(block.header, block.rows, fullBudget));
    else if (block.kind === 'diagram') {
      flushRun();
      slides.push(...diagramSlides(block.ref, title, section, ctx));
    }
  }
  flushRun();
  if (slides.length === 0) slides.push({ directives: {}, body: `## ${title}`, notes: [] });
  slides[0]!.notes.unshift(...prose);
  return slides;
}

function clusterFor(ref: DiagramRef, ctx: SectionContext): Cluster {
  const key = modelKey(ref.model);
  const cluster = ctx.models.get(key);
  if (!cluster) {
    throw new DeckError(ctx.lesson.file, ref.line, 'diagrams.model', `no model loaded for "${key}"; expected the models map to hold it (load it with loadModel from @kubegram/content/fs)`);
  }
  return cluster;
}

function diagramSlides(ref: DiagramRef, title: string, section: Section, ctx: SectionContext): Slide[] {
  const cluster = clusterFor(ref, ctx);
  const number = ++ctx.diagramCount.value;
  const titleText = plainText(title);
  const view = views[ref.view];
  const base = { view: ref.view, theme: ctx.theme, ...(ref.node === undefined ? {} : { node: ref.node }) };
  // Laid out for the exact box the slide has left, in CSS pixels of a 1280x720 slide, so the drawing
  // fills it and every label reads at DIAGRAM_FONT_PX or more; detail is folded when it cannot.
  const draw = (highlight: readonly string[], height: number, steps?: StepRange, focus?: string, minFontPx = DIAGRAM_FONT_PX) =>
    toSvg(cluster, { ...base, fit: { width: CONTENT.width, height }, minFontPx, highlight: [...highlight], ...(steps ? { steps } : {}), ...(focus === undefined ? {} : { focus }) });
  const lineH = TYPE.caption.size * TYPE.caption.lineHeight;
  const captionH = (text: string) => Math.min(textHeight(text, CONTENT.width, TYPE.caption), TYPE.caption.maxLines * lineH) + TYPE.caption.before;
  const room = CONTENT.height - headingHeight(titleText);

  const sectionText = plainText(section.markdown.split(ref.raw).join(' '));
  const steps = tourSteps(ref, cluster, sectionText, ctx.lesson.file);
  const alt = ref.alt.trim();
  // A story too long for one slide continues on the next ones, a run of its steps on each, rather
  // than shrinking below the size a room can read.
  const pagesFor = (height: number) => storyPages(cluster, { ...base, fit: { width: CONTENT.width, height }, minFontPx: DIAGRAM_FONT_PX });
  let altH = alt === '' ? 0 : Math.ceil(captionH(alt));
  let height = Math.floor(room - altH);
  let pages = pagesFor(height);
  const paged = pages.length > 1;
  if (paged) {
    // Runs carry a numbered heading and a caption label: the drawing gets what they leave.
    altH = Math.ceil(captionH(`Steps 10-14 of 14 ${alt}`));
    height = Math.floor(CONTENT.height - headingHeight(`${titleText} (10/10)`) - altH);
    pages = pagesFor(height);
  }
  const slides: Slide[] = (paged ? pages : [undefined]).map((page, i) => {
    const label = page && paged ? `Steps ${page.from}-${page.to} of ${pages.at(-1)!.to}` : undefined;
    const caption = alt === '' && label === undefined ? undefined : { ...(label ? { label } : {}), text: alt };
    const meta = { diagram: number, height, captionHeight: Math.max(0, altH - TYPE.caption.before), ...(caption ? { caption } : {}) };
    const heading = paged ? `## ${title} (${i + 1}/${pages.length})` : `## ${title}`;
    const notes = i === 0 ? [`${alt === '' ? view.title : alt.replace(/[.!?]?$/, '.')} ${view.description}`] : [];
    return { directives: {}, body: `${heading}\n\n${diagramFence(draw(ref.highlight, height, paged ? page : undefined), meta)}`, notes };
  });

  // Every step reserves the tallest caption, so the drawing has the same size and place on each.
  const captions = steps.map((s, i) => tourCaption(s.element, i, steps.length));
  const tourCaptionH = Math.ceil(Math.max(0, ...captions.map((c) => captionH(`${c.label} ${c.text}`))));
  const tourHeight = Math.floor(room - tourCaptionH);
  // The steps of a story shown whole share one picture laid out with as much detail as their
  // close-ups keep readable, so each step shows its element itself, larger, not the box it folds into.
  const tourPx = steps.length === 0 || paged ? DIAGRAM_FONT_PX : tourFontPx(cluster, base, { width: CONTENT.width, height: tourHeight }, steps.map((s) => s.element.id), DIAGRAM_FONT_PX);
  steps.forEach((step, i) => {
    const caption = captions[i]!;
    // A step closes in on its element, every position kept, so its labels read larger; on a story
    // shown in runs, it shows the first run its element takes part in.
    const page = paged ? (pages.find((p) => p.elements.includes(step.element.id)) ?? pages[0]) : undefined;
    const stepMeta = { diagram: number, height: tourHeight, captionHeight: tourCaptionH - TYPE.caption.before, caption, step: { index: i + 1, count: steps.length, element: step.element.id } };
    slides.push({ directives: {}, body: `## ${title}\n\n${diagramFence(draw([step.element.id], tourHeight, page, step.element.id, tourPx), stepMeta)}`, notes: [`${step.element.label}: ${step.element.description}`] });
  });
  return slides;
}
