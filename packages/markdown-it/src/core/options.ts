import type { DiagramProblem, DiagramTheme } from './types.js';

/** Options of the Kubegram docs plugins (markdown-it and rehype alike). */
export interface KubegramOptions {
  /**
   * Colour theme of every diagram; a fence's `theme=` overrides it. Default `auto`: one SVG whose
   * colours follow the reader's colour scheme and the page's `.dark` or `[data-theme="dark"]`.
   */
  theme?: DiagramTheme;
  /**
   * `inline` (default) replaces a `kubegram:` image by the inline SVG of its model; `img` keeps
   * the `<img>` of the committed SVG, with the `kubegram:` title removed.
   */
  images?: 'inline' | 'img';
  /** Throw on the first diagram with a problem, so the build fails. Default `false`. */
  strict?: boolean;
  /** Called with every problem; a console warning when not given. An error box is drawn either way. */
  onProblem?: (problem: DiagramProblem) => void;
  /** The folder relative model paths start from when the tool does not say which file it renders. Default: the working directory. */
  baseDir?: string;
  /** Where a model path, as written in the reference, points: called with the path and the Markdown file. */
  resolveModel?: (path: string, file: string) => string;
  /** Start of the ids given to each diagram's SVG, numbered in page order. Default `kg`. */
  idPrefix?: string;
}

/** The defaults of `KubegramOptions`, in one place. */
export const DEFAULT_OPTIONS = { theme: 'auto', images: 'inline', strict: false, idPrefix: 'kg' } as const satisfies KubegramOptions;
