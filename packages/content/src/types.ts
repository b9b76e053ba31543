import type { PresetName, ViewName } from '@kubegram/model';
import type { Token } from 'markdown-it';
import type { LessonFrontmatter, ResolvedFrontmatter } from './frontmatter.js';

/** Something wrong in a content file: where it is and what was expected. */
export interface ContentError {
  /** The file, as it was passed in. */
  file: string;
  /** 1-based line in the file, when the problem has a place. */
  line?: number;
  /** 1-based column in the file, when known. */
  column?: number;
  /** What inside the file is wrong: a frontmatter field such as `title`, or `diagrams[1].view`. */
  path: string;
  /** What is wrong and what was expected. */
  message: string;
}

/** A heading of a lesson's body. */
export interface Heading {
  /** 1 for `#`, 2 for `##` and so on. */
  depth: number;
  /** The heading as plain text, without Markdown markup. */
  text: string;
  /** Anchor for links, unique in the lesson (`the-api-server`, then `the-api-server-1`). */
  slug: string;
  /** 1-based line of the heading in the file. */
  line: number;
}

/** A part of a lesson's body that starts at a `##` or `###` heading. */
export interface Section {
  /** The heading as plain text; '' for the text before the first heading. */
  heading: string;
  /** 2 or 3; 0 for the text before the first heading. */
  depth: number;
  /** The heading's anchor; '' for the text before the first heading. */
  slug: string;
  /** The Markdown under the heading, up to the next `##` or `###`, without the heading line. */
  markdown: string;
  /** 1-based line in the file of the heading (or of the first text before any heading). */
  line: number;
  /** The section's tokens in `Lesson.tokens`, its heading left out: `tokens.slice(start, end)`. */
  tokenRange: readonly [start: number, end: number];
}

/** Where a diagram's cluster comes from: a model file or one of `@kubegram/model`'s presets. */
export type DiagramModel = { kind: 'file'; path: string } | { kind: 'preset'; name: PresetName };

/** A diagram reference: an image whose title starts with `kubegram:`. */
export interface DiagramRef {
  /** The image's alt text. */
  alt: string;
  /** The image path as written in the lesson. */
  src: string;
  /** Where the SVG is written: the image path resolved against the lesson's folder. */
  output: string;
  /** The cluster to draw; a file path is absolute when the lesson's path is. */
  model: DiagramModel;
  /** The view to draw the cluster in. */
  view: ViewName;
  /** Element ids to emphasise; the rest are dimmed. Empty for none. */
  highlight: string[];
  /** One step per element for decks: `auto` for the components the section names, or ids. */
  tour?: 'auto' | string[];
  /** The node a `control-plane` or `worker` view shows. */
  node?: string;
  /** 1-based line of the reference in the file. */
  line: number;
  /** The reference as it appears in the Markdown, such as `![alt](a.svg "kubegram: …")`. */
  raw: string;
}

/** What `findDiagramRefs` returns: the well-formed references and a problem for each malformed one. */
export interface DiagramRefsResult {
  refs: DiagramRef[];
  errors: ContentError[];
}

/** A parsed lesson. */
export interface Lesson {
  /** The file, as it was passed in. */
  file: string;
  /** The frontmatter with every default filled in. */
  frontmatter: ResolvedFrontmatter;
  /** The frontmatter as the file writes it, before defaults. */
  written: LessonFrontmatter;
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based line in the file of the body's first line. */
  bodyLine: number;
  /**
   * The body's markdown-it tokens from the one parse of the lesson, line maps counted from the
   * file's first line; a leading `# Title` that repeats the title is left out. Shared by every
   * reader: copy a token before changing it.
   */
  tokens: readonly Token[];
  headings: Heading[];
  sections: Section[];
  diagrams: DiagramRef[];
}

/** What `parseLesson` returns: the lesson, or every problem found in it. */
export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; errors: ContentError[] };
