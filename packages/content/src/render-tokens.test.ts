import { describe, expect, test } from 'vitest';
import { parseLesson } from './parse-lesson.js';
import { renderTokens } from './render-tokens.js';

describe('renderTokens', () => {
  test("renderTokens renders a lesson's tokens, copies with changes included, and leaves the lesson's own alone", () => {
    const r = parseLesson("---\ntitle: 'Nodes'\n---\n## Nodes\n\nA *worker*.", '/c/m/nodes.md');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const tokens = [...r.lesson.tokens];
    expect(tokens.map((t) => t.type)).toEqual(['heading_open', 'inline', 'heading_close', 'paragraph_open', 'inline', 'paragraph_close']);
    expect(tokens[3]?.map).toEqual([5, 6]);
    const open = Object.assign(Object.create(Object.getPrototypeOf(tokens[0])), tokens[0], { attrs: [['id', 'nodes']] });
    expect(renderTokens([open, ...tokens.slice(1)])).toBe('<h2 id="nodes">Nodes</h2>\n<p>A <em>worker</em>.</p>\n');
    expect(renderTokens(r.lesson.tokens)).toBe('<h2>Nodes</h2>\n<p>A <em>worker</em>.</p>\n');
  });
});

/** Freezes tokens, their attributes and their children, so any change to them throws. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

describe('renderTokens on shared tokens', () => {
  test('renderTokens renders images without writing into the tokens', () => {
    const r = parseLesson("---\ntitle: 'Pods'\n---\nA ![*pod* picture](pod.png \"A pod\") and `code`.\n\n```yaml\nkind: Pod\n```\n", '/c/m/pods.md');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const html = renderTokens(deepFreeze(r.lesson.tokens));
    expect(html).toBe('<p>A <img src="pod.png" alt="pod picture" title="A pod"> and <code>code</code>.</p>\n<pre><code class="language-yaml">kind: Pod\n</code></pre>\n');
  });
});
