import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Lesson } from '@kubegram/content';
import { loadCourse } from '@kubegram/content/fs';
import { launchChromium } from '@kubegram/test-chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildDecks } from '@kubegram/slides';
import { lessonSlug } from '@kubegram/content';
import { builtDecks } from './_built.ts';

const CONTENT_DIR = fileURLToPath(new URL('../../../content/', import.meta.url));

// What each slide looks like once laid out by the browser, in slide pixels (1280x720).
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface SlideReport {
  index: number;
  heading: string;
  hasNote: boolean;
  outside: { tag: string; text: string; box: Box }[];
  diagrams: { box: Box; visible: boolean; drawing: Box | null }[];
  tour: { diagram: string; step: number; positions: Record<string, Box> } | null;
}

// The content box of the theme: inside the padding, clear of the footer and the page number.
const CONTENT = { top: 44, left: 72, right: 1280 - 72, bottom: 720 - 76 };
const TOLERANCE = 1;

async function inspect(page: Page, slide: number): Promise<SlideReport> {
  await page.evaluate((n) => {
    location.hash = `#${n}`;
  }, slide);
  await page.waitForFunction((n) => {
    const svg = document.querySelectorAll('svg[data-marpit-svg]')[n - 1];
    return svg !== undefined && getComputedStyle(svg).visibility !== 'hidden' && svg.getBoundingClientRect().width > 0;
  }, slide);
  return page.evaluate(
    ({ n, content }) => {
      const section = document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section')[n - 1] as HTMLElement;
      const s = section.getBoundingClientRect();
      const scale = s.width / 1280;
      const rel = (r: DOMRect) => ({ x: (r.left - s.left) / scale, y: (r.top - s.top) / scale, w: r.width / scale, h: r.height / scale });
      const outside: SlideReport['outside'] = [];
      for (const el of section.querySelectorAll<HTMLElement>('h1, h2, p, li, pre, table, blockquote, figure, figcaption, .kg-canvas > svg')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const b = rel(r);
        const clipped = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
        if (b.x < content.left - 1 || b.y < content.top - 1 || b.x + b.w > content.right + 1 || b.y + b.h > content.bottom + 1 || clipped) {
          outside.push({ tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').slice(0, 60), box: b });
        }
      }
      const diagrams = [...section.querySelectorAll<SVGSVGElement>('figure.kg-diagram .kg-canvas > svg')].map((svg) => {
        const style = getComputedStyle(svg);
        // What the reader sees: a tour step's view box may crop the drawing to the part it zooms into.
        const port = svg.getBoundingClientRect();
        const clip = (r: DOMRect) => {
          const left = Math.max(r.left, port.left), top = Math.max(r.top, port.top);
          return new DOMRect(left, top, Math.min(r.right, port.right) - left, Math.min(r.bottom, port.bottom) - top);
        };
        const drawn = [...svg.querySelectorAll('g[data-id]')].map((g) => clip(g.getBoundingClientRect())).filter((r) => r.width > 0 && r.height > 0);
        const union = drawn.length === 0 ? null : drawn.reduce((a, r) => new DOMRect(Math.min(a.left, r.left), Math.min(a.top, r.top), Math.max(a.right, r.right) - Math.min(a.left, r.left), Math.max(a.bottom, r.bottom) - Math.min(a.top, r.top)));
        return { box: rel(svg.getBoundingClientRect()), visible: style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0, drawing: union ? rel(union) : null };
      });
      const step = section.querySelector<HTMLElement>('figure.kg-diagram[data-step]');
      const tour = step
        ? {
            diagram: step.dataset['diagram'] ?? '',
            step: Number(step.dataset['step']),
            // In the drawing's own units: a step may move the view box (zoom), never an element.
            positions: Object.fromEntries(
              [...step.querySelectorAll<SVGGElement>('g[data-id]')].map((g) => {
                const b = g.getBBox();
                return [g.dataset['id'], { x: b.x, y: b.y, w: b.width, h: b.height }];
              }),
            ),
          }
        : null;
      const note = document.querySelector(`.bespoke-marp-note[data-index="${n - 1}"]`);
      return {
        index: n,
        heading: section.querySelector('h2')?.textContent?.trim() ?? '',
        hasNote: (note?.textContent ?? '').trim() !== '',
        outside,
        diagrams,
        tour,
      };
    },
    { n: slide, content: CONTENT },
  );
}

// A section has prose when one of its paragraphs is neither a list, a quote, code, a table nor a diagram.
function hasProse(markdown: string): boolean {
  const paragraphs = markdown.replace(/```[\s\S]*?```/g, '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return paragraphs.some((p) => !/^([-*+>|!#]|\d+\.)/.test(p));
}

// The course's decks as built, and a deck made to be too long in every way a lesson can be.
const STRESS_OUT = join(tmpdir(), `kubegram-stress-decks-${process.pid}`);
await buildDecks({ contentDir: fileURLToPath(new URL('./fixtures/stress/', import.meta.url)), outDir: STRESS_OUT, pdf: false });
const decks = [...builtDecks(), join(STRESS_OUT, 'stress', 'everything.html')];
let browser: Browser;
const reports = new Map<string, SlideReport[]>();
const lessons = new Map<string, Lesson>();

beforeAll(async () => {
  for (const dir of [CONTENT_DIR, fileURLToPath(new URL('./fixtures/stress/', import.meta.url))]) {
    const course = await loadCourse(dir);
    for (const m of course.modules) for (const l of m.lessons) lessons.set(`${m.slug}/${lessonSlug(l)}`, l);
  }
  browser = await launchChromium();
  for (const deck of decks) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(pathToFileURL(deck).href);
    const count = await page.locator('svg[data-marpit-svg]').count();
    const slides: SlideReport[] = [];
    for (let n = 1; n <= count; n++) slides.push(await inspect(page, n));
    reports.set(deck, slides);
    await page.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await rm(STRESS_OUT, { recursive: true, force: true });
});

test('the build wrote decks to open', () => {
  expect(decks.length).toBeGreaterThan(0);
});

describe.each(decks.map((d) => [`${basename(dirname(d))}/${basename(d)}`, d]))('%s', (_name, deck) => {
  test('every slide keeps its content inside the 1280x720 slide, clear of footer and page number', () => {
    const bad = reports.get(deck)!.flatMap((s) => s.outside.map((o) => ({ slide: s.index, ...o })));
    expect(bad).toEqual([]);
  });

  test('every diagram is visible and inside its slide', () => {
    const diagrams = reports.get(deck)!.flatMap((s) => s.diagrams.map((d) => ({ slide: s.index, ...d })));
    for (const d of diagrams) {
      expect(d.visible, `slide ${d.slide}`).toBe(true);
      expect(d.box.w * d.box.h, `slide ${d.slide}`).toBeGreaterThan(100 * 100);
      expect(d.drawing, `slide ${d.slide}`).not.toBeNull();
      const inside = d.drawing!.x >= CONTENT.left - TOLERANCE && d.drawing!.y >= CONTENT.top - TOLERANCE && d.drawing!.x + d.drawing!.w <= CONTENT.right + TOLERANCE && d.drawing!.y + d.drawing!.h <= CONTENT.bottom + TOLERANCE;
      expect(inside, `slide ${d.slide}: drawing at ${JSON.stringify(d.drawing)}`).toBe(true);
    }
  });

  test('the first slide of every section with prose has speaker notes', () => {
    const lesson = lessons.get(`${basename(dirname(deck))}/${basename(deck, '.html')}`);
    expect(lesson, 'the lesson the deck was built from').toBeDefined();
    const slides = reports.get(deck)!;
    const missing: string[] = [];
    for (const section of lesson!.sections.filter((x) => hasProse(x.markdown))) {
      // Text before the first heading introduces the lesson: its notes are on the title slide.
      const first = section.depth === 0 ? slides[0] : slides.find((x) => x.heading === section.heading || x.heading.startsWith(`${section.heading} (1/`));
      if (!first?.hasNote) missing.push(section.heading || '(introduction)');
    }
    expect(missing).toEqual([]);
  });

  test('tour steps keep every element at the same position', () => {
    const steps = reports.get(deck)!.flatMap((s) => (s.tour ? [s.tour] : []));
    const byDiagram = new Map<string, (typeof steps)[number][]>();
    for (const t of steps) byDiagram.set(t.diagram, [...(byDiagram.get(t.diagram) ?? []), t]);
    for (const [diagram, tour] of byDiagram) {
      const [first, ...rest] = tour;
      expect(Object.keys(first!.positions).length, `diagram ${diagram}`).toBeGreaterThan(0);
      for (const step of rest) {
        expect(Object.keys(step.positions).sort()).toEqual(Object.keys(first!.positions).sort());
        for (const [id, box] of Object.entries(step.positions)) {
          const a = first!.positions[id]!;
          const moved = Math.max(Math.abs(a.x - box.x), Math.abs(a.y - box.y), Math.abs(a.w - box.w), Math.abs(a.h - box.h));
          expect(moved, `diagram ${diagram} step ${step.step}: ${id}`).toBeLessThan(0.5);
        }
      }
    }
  });
});
