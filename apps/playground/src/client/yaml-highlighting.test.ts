import { ensureSyntaxTree, getIndentation } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { classHighlighter, highlightTree } from '@lezer/highlight';
import { describe, expect, it } from 'vitest';
import { yamlHighlighting } from './yaml-highlighting.ts';

const stateOf = (doc: string) => EditorState.create({ doc, extensions: [yamlHighlighting(), EditorState.tabSize.of(2)] });

/** Each marked run of the text with its classes, as `text=classes`. */
function marks(doc: string): string[] {
  const state = stateOf(doc);
  const tree = ensureSyntaxTree(state, state.doc.length, 5000)!;
  const out: string[] = [];
  highlightTree(tree, classHighlighter, (from, to, classes) => out.push(`${doc.slice(from, to)}=${classes.replace(/tok-/g, '')}`));
  return out;
}

describe('yamlHighlighting', () => {
  // Plain values and block scalar content are marked as content, which the class highlighter leaves unmarked.
  it('marks keys, quoted strings, comments, indicators and brackets, and leaves plain values plain', () => {
    expect(marks('# A cluster.\nid: demo\nnodes:\n  - id: "cp" # first\n    ports: [80, 443]\n    env: {a: \'it\'\'s\'}\n')).toEqual([
      '# A cluster.=comment',
      'id=propertyName definition',
      ':=punctuation',
      'nodes=propertyName definition',
      ':=punctuation',
      '-=punctuation',
      'id=propertyName definition',
      ':=punctuation',
      '"cp"=string',
      '# first=comment',
      'ports=propertyName definition',
      ':=punctuation',
      '[=punctuation',
      ',=punctuation',
      ']=punctuation',
      'env=propertyName definition',
      ':=punctuation',
      '{=punctuation',
      'a=propertyName definition',
      ':=punctuation',
      "'it''s'=string",
      '}=punctuation',
    ]);
  });

  it('reads block scalars, quoted strings over lines, anchors, tags and document markers', () => {
    expect(marks('---\nnote: |\n  a: b\n  # c\nnext: &x !tag "one\n  two"\nother: *x\n')).toEqual([
      '---=meta',
      'note=propertyName definition',
      ':=punctuation',
      '|=string2',
      'next=propertyName definition',
      ':=punctuation',
      '&x=labelName',
      '!tag=typeName',
      '"one=string',
      '  two"=string',
      'other=propertyName definition',
      ':=punctuation',
      '*x=labelName',
    ]);
  });

  it('indents a new line with the content of the line above, one step in after a key that opens a block', () => {
    const doc = 'id: demo\nnodes:\n  - id: cp\n    pods:\n';
    const state = stateOf(`${doc}\n`);
    const lineStart = (n: number) => state.doc.line(n).from;
    expect([2, 3, 4, 5].map((n) => getIndentation(state, lineStart(n)))).toEqual([0, 2, 4, 6]);
  });
});
