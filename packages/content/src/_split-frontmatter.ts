/** A lesson split into its frontmatter and its body, with the lines each starts on (1-based). */
export type SplitLesson =
  | { ok: true; yaml: string; yamlLine: number; body: string; bodyLine: number }
  | { ok: false; line: number; message: string };

const EXAMPLE = `---\ntitle: 'Kubernetes Architecture'\n---`;

/** Splits off the frontmatter between the opening `---` line and the next `---` line. */
export function splitFrontmatter(text: string): SplitLesson {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') {
    return { ok: false, line: 1, message: `expected the lesson to start with frontmatter between two "---" lines, such as:\n${EXAMPLE}` };
  }
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (close < 0) {
    return { ok: false, line: 1, message: 'the frontmatter is not closed: expected a "---" line after its last field' };
  }
  return { ok: true, yaml: lines.slice(1, close).join('\n'), yamlLine: 2, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
