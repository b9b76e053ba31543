import { measureText, type FontWeight } from './measure-text.js';

// What collapsing runs of white space to one space and trimming would change: white space other than
// a plain space, two spaces in a row, or a space at either end.
const UNCLEAN = /[^\S ]| {2}|^ | $/;

/**
 * Breaks `text` into lines no wider than `maxWidth` px: at spaces and after hyphens and slashes
 * first, inside a word only when the word alone is too wide.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: FontWeight = 'normal'): string[] {
  // Most labels have single spaces only and none at either end: they are clean as they are.
  const clean = UNCLEAN.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (clean === '') return [''];
  if (measureText(clean, size, weight) <= maxWidth) return [clean];
  // Tokens keep their trailing separator so that joining them restores the text.
  const tokens = clean.match(/[^ \-/]+[ \-/]?|[ \-/]/g) ?? [clean];
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measureText(s.trimEnd(), size, weight) <= maxWidth;
  for (const token of tokens) {
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line !== '') lines.push(line.trimEnd());
    line = '';
    if (fits(token)) {
      line = token;
      continue;
    }
    // A single word wider than the line: cut it between characters.
    for (const ch of token) {
      if (line !== '' && !fits(line + ch)) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [clean];
}
