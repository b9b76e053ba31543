import type { Lesson } from '@kubegram/content';
import type { ThemeName } from '@kubegram/diagram';
import type { Cluster } from '@kubegram/model';
import { plainText } from './_blocks.js';
import { CONTENT, TYPE, charsPerLine, headingHeight, textHeight, wrappedLines } from './_metrics.js';
import { sectionSlides, type SectionContext } from './_section-slides.js';
import { writeSlides, type Slide } from './_slide.js';
import { THEME_NAME } from './theme/theme-css.js';

/** Options of `lessonToDeck`. */
export interface LessonToDeckOptions {
  /** The course's name, shown in the footer before the module. */
  course?: string;
  /** Light or dark slides; the diagrams are drawn in the same theme. */
  theme?: ThemeName;
  /** Most points (list items) on one slide; longer sections continue on the next slide. */
  maxPoints?: number;
  /** Most agenda entries on one slide. */
  maxAgendaItems?: number;
  /**
   * Where the deck loads the lesson's cover image from, given its path as the frontmatter writes
   * it (relative to the lesson); by default that path unchanged, right for a deck beside the lesson.
   */
  imageHref?: (path: string) => string;
}

const DEFAULTS: Required<LessonToDeckOptions> = { course: 'Kubegram', theme: 'light', maxPoints: 6, maxAgendaItems: 8, imageHref: (path) => path };

// The share of the title slide a cover image takes, on its right.
const COVER_SHARE = 0.4;

function titleSlide(lesson: Lesson, notes: string[], imageHref: (path: string) => string): Slide {
  const fm = lesson.frontmatter;
  const meta = [fm.module, fm.duration].filter((s) => s.trim() !== '').join(' · ');
  const cover = fm.coverImage === '' ? [] : [`![bg right:${COVER_SHARE * 100}%](${encodeURI(imageHref(fm.coverImage)).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)})`];
  const width = cover.length > 0 ? CONTENT.width * (1 - COVER_SHARE) : CONTENT.width;
  const titleLines = wrappedLines(fm.title, charsPerLine(width, TYPE.title.size));
  const rest = textHeight(`${meta}\n${fm.excerpt}`, width, TYPE.body) + 2 * TYPE.body.gap + 24;
  // A title too long for the title size at the top of the deck is set at the heading size instead.
  const fits = titleLines * TYPE.title.size * TYPE.title.lineHeight + rest <= CONTENT.height;
  const title = fits ? `# ${escapeInline(fm.title)}` : `## ${escapeInline(fm.title)}`;
  const lines = [...cover, title, ...(meta === '' ? [] : [escapeInline(meta)]), ...(fm.excerpt.trim() === '' ? [] : [escapeInline(fm.excerpt)])];
  return { directives: { _class: 'title', _paginate: false, _footer: '' }, body: lines.join('\n\n'), notes };
}

function agendaSlides(lesson: Lesson, maxItems: number): Slide[] {
  const entries = lesson.headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (entries.length === 0) return [];
  const budget = CONTENT.height - headingHeight('Agenda (10/10)');
  const pages: (typeof entries)[] = [];
  let page: typeof entries = [];
  let used = 0;
  for (const h of entries) {
    const width = CONTENT.width - TYPE.indent * (h.depth - 1);
    const height = textHeight(h.text, width, TYPE.body) + TYPE.body.gap;
    if (page.length > 0 && (page.length >= maxItems || used + height > budget)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(h);
    used += height;
  }
  pages.push(page);
  return pages.map((items, i) => {
    const suffix = pages.length > 1 ? ` (${i + 1}/${pages.length})` : '';
    let previous = -1;
    const list = items.map((h) => {
      const depth = Math.min(h.depth - 2, previous + 1);
      previous = depth;
      return `${'   '.repeat(depth)}- ${escapeInline(h.text)}`;
    });
    return { directives: {}, body: `## Agenda${suffix}\n\n${list.join('\n')}`, notes: [] };
  });
}

// Frontmatter text is plain text: characters Markdown would read as markup are escaped.
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * Turns a lesson into Marp Markdown: a title slide, an agenda, a slide per section (split so no
 * slide overflows, prose as speaker notes), every diagram drawn from its model and fitted to the
 * slide, and one slide per tour step. Pure: the models come in keyed by `modelKey`.
 */
export function lessonToDeck(lesson: Lesson, models: ReadonlyMap<string, Cluster>, options: LessonToDeckOptions = {}): string {
  const opts = { ...DEFAULTS, ...options };
  const fm = lesson.frontmatter;
  const ctx: SectionContext = { lesson, models, theme: opts.theme, maxPoints: opts.maxPoints, diagramCount: { value: 0 } };

  const intro = lesson.sections.find((s) => s.depth === 0);
  const introSlides = intro ? sectionSlides(intro, escapeInline(fm.title), ctx, false) : [];
  // Text before the first heading introduces the lesson: its prose goes with the title slide, and
  // anything it shows (points, a diagram) gets slides under the lesson's title.
  const introNotes = introSlides[0]?.notes ?? [];
  if (introSlides[0]) introSlides[0].notes = [];
  const shownIntro = introSlides.filter((s) => s.body.trim() !== `## ${escapeInline(fm.title)}`);

  const slides: Slide[] = [titleSlide(lesson, introNotes, opts.imageHref), ...agendaSlides(lesson, opts.maxAgendaItems), ...shownIntro];
  for (const section of lesson.sections) {
    if (section.depth === 0) continue;
    slides.push(...sectionSlides(section, undefined, ctx));
  }
  const footer = [opts.course, fm.module].filter((s) => s.trim() !== '').join(' · ');
  const frontmatter: Record<string, string | boolean> = {
    marp: true,
    theme: THEME_NAME,
    size: '16:9',
    paginate: true,
    title: plainText(fm.title),
    description: fm.excerpt,
    footer: escapeInline(footer),
    ...(opts.theme === 'dark' ? { class: 'invert' } : {}),
  };
  return writeSlides(frontmatter, slides);
}
