import { escapeHtml, formatProblem } from '@kubegram/content';
import { hideMustaches } from './_hide-mustaches.js';
import type { DiagramProblem } from './types.js';

/** A visible error box in place of a diagram that could not be drawn, listing every problem. */
export function renderProblems(problems: readonly DiagramProblem[], placement: 'block' | 'inline' = 'block'): string {
  const tag = placement === 'inline' ? 'span' : 'div';
  const list = problems.map((p) => hideMustaches(escapeHtml(formatProblem(p)))).join('\n');
  const box = `<${tag} class="kubegram-error" role="alert"><strong>Kubegram could not draw this diagram</strong><code style="display:block;white-space:pre-wrap">${list}</code></${tag}>`;
  return placement === 'inline' ? box : `${box}\n`;
}
