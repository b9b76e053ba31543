/** One slide before it is written out as Marp Markdown. */
export interface Slide {
  /** Spot directives for this slide only (`_class`, `_paginate`, `_footer`). */
  directives: Record<string, string | boolean>;
  /** The slide's Markdown. */
  body: string;
  /** Speaker notes, one paragraph each. */
  notes: string[];
}

// Marp reads a comment whose YAML keys are all directive names as directives, not as a note.
const DIRECTIVE = /^(\s*_?(?:theme|style|headingDivider|lang|marp|size|math|title|description|author|image|keywords|url|paginate|header|footer|class|backgroundColor|backgroundImage|backgroundPosition|backgroundRepeat|backgroundSize|color|transition))\s*:/gm;

// A note cannot contain the end of an HTML comment, and a note that reads like a directive would
// vanish: both are defused without changing what the presenter reads (a zero-width space after
// the key makes it a key Marp does not know).
function noteText(note: string): string {
  return note.replace(/--+>/g, '->').replace(/<!--/g, '<!-').replace(DIRECTIVE, '$1\u200b:');
}

/** Writes slides as Marp Markdown after the deck's frontmatter. */
export function writeSlides(frontmatter: Record<string, string | boolean>, slides: readonly Slide[]): string {
  const head = Object.entries(frontmatter).map(([k, v]) => `${k}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`);
  const parts = slides.map((slide) => {
    const lines: string[] = [];
    for (const [k, v] of Object.entries(slide.directives)) lines.push(`<!-- ${k}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)} -->`);
    if (lines.length > 0) lines.push('');
    lines.push(slide.body.trimEnd());
    for (const note of slide.notes) lines.push('', `<!--\n${noteText(note)}\n-->`);
    return lines.join('\n');
  });
  return `---\n${head.join('\n')}\n---\n\n${parts.join('\n\n---\n\n')}\n`;
}
