// The model editor, loaded after the page is up (it is most of the script's weight): YAML
// highlighting, completion and hover help from the model's JSON Schema, and the model's problems
// shown at their line and column.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState, type Text } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, hoverTooltip, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import schemaJson from '@kubegram/model/schema.json' with { type: 'json' };
import type { JsonSchema } from './schema-at.ts';
import { schemaCompletions } from './schema-completions.ts';
import { schemaHover } from './schema-hover.ts';
import { yamlHighlighting } from './yaml-highlighting.ts';

/** A problem to show in the editor, at a 1-based line and column. */
export interface EditorProblem {
  line?: number;
  column?: number;
  message: string;
  severity: 'error' | 'warning';
}

/** What the page needs of the editor. */
export interface ModelEditor {
  text(): string;
  /** Replaces the whole text as one undoable change. */
  replace(text: string): void;
  showProblems(problems: readonly EditorProblem[]): void;
  /** Puts the cursor at a 1-based line and column and focuses the editor. */
  goTo(line: number, column: number): void;
  focus(): void;
}

/** Options for `createEditor`. */
export interface EditorOptions {
  text: string;
  label: string;
  describedBy: string;
  /** Called with each new text before the editor has taken it in: whatever it changes in the editor waits for a microtask at least. */
  onChange: (text: string) => void;
  /** Pasted or dropped text that may be kubectl output; returns true when it was taken as an import. */
  onImport: (text: string, source: string) => boolean;
}

const schema = schemaJson as unknown as JsonSchema;

// Colours from the site's own variables, so the editor follows the page's light or dark scheme.
const highlight = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--pg-key)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--pg-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom, tags.keyword], color: 'var(--pg-atom)' },
  { tag: [tags.comment, tags.lineComment, tags.meta], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.punctuation, tags.separator, tags.squareBracket, tags.brace], color: 'var(--muted)' },
  { tag: [tags.labelName, tags.typeName], color: 'var(--pg-atom)' },
]);

function complete(context: CompletionContext): CompletionResult | null {
  const found = schemaCompletions(schema, context.state.doc.toString(), context.pos);
  if (!found) return null;
  // Unasked, suggest only once something is typed, or right after "key: ", not on every empty line.
  const before = context.state.sliceDoc(context.state.doc.lineAt(context.pos).from, context.pos);
  if (!context.explicit && found.from === context.pos && !/:\s$/.test(before)) return null;
  return {
    from: found.from,
    options: found.options.map((o) => ({ label: o.label, apply: o.apply, type: o.type, ...(o.detail ? { detail: o.detail } : {}), ...(o.info ? { info: o.info } : {}) })),
    validFor: /^[\w$.-]*$/,
  };
}

const hover = hoverTooltip((view, pos) => {
  const found = schemaHover(schema, view.state.doc.toString(), pos);
  if (!found) return null;
  return {
    pos: found.from,
    end: found.to,
    above: true,
    create: () => {
      const dom = document.createElement('div');
      dom.className = 'pg-hover';
      const head = document.createElement('code');
      head.textContent = found.type ? `${found.path}: ${found.type}` : found.path;
      const body = document.createElement('p');
      body.textContent = found.description;
      dom.append(head, body);
      return { dom };
    },
  };
});

function offsetOf(doc: Text, line = 1, column = 1): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

function diagnostic(doc: Text, p: EditorProblem): Diagnostic {
  const from = offsetOf(doc, p.line, p.column);
  const line = doc.lineAt(from);
  const word = /^[^\s:,\]}]+/.exec(doc.sliceString(from, line.to))?.[0].length ?? 0;
  return { from, to: word > 0 ? from + word : line.to > from ? line.to : from, severity: p.severity, message: p.message };
}

// What the editor does beyond plain text: highlighting, completion, hover help, problems, and
// import of pasted or dropped text.
function extensionsOf(opts: EditorOptions) {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    yamlHighlighting(),
    syntaxHighlighting(highlight),
    autocompletion({ override: [complete], icons: false }),
    hover,
    lintGutter(),
    EditorState.tabSize.of(2),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap]),
    EditorView.contentAttributes.of({ 'aria-label': opts.label, 'aria-describedby': opts.describedBy }),
    EditorView.domEventHandlers({
      paste: (event) => {
        const text = event.clipboardData?.getData('text/plain') ?? '';
        if (!opts.onImport(text, 'pasted text')) return false;
        event.preventDefault();
        return true;
      },
      drop: (event) => {
        const file = event.dataTransfer?.files[0];
        if (!file) return false;
        event.preventDefault();
        void file.text().then((text) => opts.onImport(text, file.name), () => opts.onImport('', file.name));
        return true;
      },
    }),
  ];
}

/** Replaces the plain text area inside `parent` with the model editor. */
export function createEditor(parent: HTMLElement, opts: EditorOptions): ModelEditor {
  const view = new EditorView({
    parent,
    // The page hears of a change before the editor takes it in, so the picture's request leaves
    // first and the render worker draws while the editor updates its lines.
    dispatchTransactions: (transactions, target) => {
      const last = transactions[transactions.length - 1];
      if (last && transactions.some((tr) => tr.docChanged)) opts.onChange(last.newDoc.toString());
      target.update(transactions);
    },
    state: EditorState.create({ doc: opts.text, extensions: extensionsOf(opts) }),
  });
  return {
    text: () => view.state.doc.toString(),
    replace: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0) }),
    showProblems: (problems) => view.dispatch(setDiagnostics(view.state, problems.map((p) => diagnostic(view.state.doc, p)))),
    goTo: (line, column) => {
      view.dispatch({ selection: EditorSelection.cursor(offsetOf(view.state.doc, line, column)), scrollIntoView: true });
      view.focus();
    },
    focus: () => view.focus(),
  };
}
