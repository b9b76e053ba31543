import { describe, expect, test } from 'vitest';
import { markdownTokens } from './markdown-tokens.js';
import { renderTokens } from './render-tokens.js';

describe('markdownTokens', () => {
  test('markdownTokens gives block tokens with their lines, and renderTokens turns them into HTML', () => {
    const tokens = markdownTokens('## Nodes\n\nA *worker*.');
    expect(tokens.map((t) => t.type)).toEqual(['heading_open', 'inline', 'heading_close', 'paragraph_open', 'inline', 'paragraph_close']);
    expect(tokens[3]?.map).toEqual([2, 3]);
    tokens[0]!.attrSet('id', 'nodes');
    expect(renderTokens(tokens)).toBe('<h2 id="nodes">Nodes</h2>\n<p>A <em>worker</em>.</p>\n');
  });
});
