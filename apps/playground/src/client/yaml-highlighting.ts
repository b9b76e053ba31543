import { LanguageSupport, StreamLanguage, type IndentContext, type StringStream } from '@codemirror/language';

// YAML read a line at a time, for the editor's colours and the indentation of a new line. A full
// YAML grammar cannot reuse its last parse in a model's one long list, so on a 100-node model every
// keystroke parsed the whole text again (15 ms and more) while the picture was being drawn; a line
// reader starts again from the state it kept before the changed line, and reads only as far as the
// editor shows. It marks what the YAML grammar marked, with the same tags: keys, quoted strings,
// comments, anchors, tags, block scalar headers, indicators and brackets; plain values stay plain.
// CodeMirror's own YAML line reader (@codemirror/legacy-modes) is as quick but misreads what every
// model holds: the tag of `image: nginx:1.27` as a separator and a number, and a plain value from
// its first apostrophe to the line's end as a string (README, "The editor's YAML reader").
interface YamlState {
  /** Inside a quoted string that goes on past the line: its quote. */
  quote: '' | '"' | "'";
  /** Inside a block scalar (`|` or `>`): the indentation of the line that opened it, else -1. */
  block: number;
  /** Depth of `[` and `{`. */
  flow: number;
  /** Indentation of the line being read, and the column where its content starts after any `- `. */
  indent: number;
  content: number;
  /** Whether the last line with content ended in `key:` or `-`, opening a block below it. */
  opens: boolean;
}

// Where a plain scalar ends: before `: `, ` #`, a line's end, and inside brackets `,[]{}`.
const PLAIN_BLOCK = /^(?:[^\s:#]|:(?=\S)|#)(?:[^\s:]|:(?=\S)|[ \t]+(?=[^\s#]))*/;
const PLAIN_FLOW = /^(?:[^\s:#,[\]{}]|:(?=[^\s,[\]{}])|#)(?:[^\s:,[\]{}]|:(?=[^\s,[\]{}])|[ \t]+(?=[^\s#,[\]{}]))*/;
const KEY_AFTER = /^[ \t]*:(?=\s|$|[,[\]{}])/;

// Notes where a line's content starts and whether it opens a block, for the indentation of the next line.
function startLine(stream: StringStream, state: YamlState): void {
  const line = stream.string;
  if (state.quote || /^\s*(?:#|$)/.test(line)) return;
  const lead = /^\s*(?:-(?:[ \t]+|$))*/.exec(line)![0];
  state.content = lead.length;
  state.opens = /(?::|^\s*-)[ \t]*(?:#.*)?$/.test(line);
}

function quoted(stream: StringStream, state: YamlState): string {
  const quote = state.quote;
  while (!stream.eol()) {
    const ch = stream.next();
    if (quote === '"' && ch === '\\') stream.next();
    else if (ch === quote && !(quote === "'" && stream.eat("'"))) {
      state.quote = '';
      return stream.match(KEY_AFTER, false) ? 'propertyName.definition' : 'string';
    }
  }
  return 'string';
}

function token(stream: StringStream, state: YamlState): string | null {
  if (stream.sol()) {
    state.indent = stream.indentation();
    if (state.block >= 0) {
      if (state.indent <= state.block && /\S/.test(stream.string)) state.block = -1;
      else {
        stream.skipToEnd();
        [state.content, state.opens] = [state.indent, false];
        return 'content';
      }
    }
    startLine(stream, state);
    if (!state.quote && stream.match(/^(?:---|\.\.\.)(?=\s|$)/)) return 'meta';
    if (!state.quote && stream.match(/^%.*/)) return 'keyword';
  }
  if (state.quote) return quoted(stream, state);
  if (stream.eatSpace()) return null;
  const ch = stream.peek()!;
  const pos = stream.pos;
  if (ch === '#' && (pos === 0 || /\s/.test(stream.string.charAt(pos - 1)))) return (stream.skipToEnd(), 'lineComment');
  if (stream.match(/^[-:](?=\s|$)/) || (state.flow > 0 && stream.match(/^[:,]/))) return 'separator';
  if (stream.match(/^\?(?=\s|$)/)) return 'punctuation';
  if (ch === '[' || ch === '{') return (stream.next(), state.flow++, ch === '[' ? 'squareBracket' : 'brace');
  if (ch === ']' || ch === '}') return (stream.next(), (state.flow = Math.max(0, state.flow - 1)), ch === ']' ? 'squareBracket' : 'brace');
  if (stream.match(/^[&*][^\s,[\]{}]+/)) return 'labelName';
  if (stream.match(/^![^\s,[\]{}]*/)) return 'typeName';
  if (state.flow === 0 && stream.match(/^[|>][-+0-9]*(?=\s|$)/)) return ((state.block = state.indent), 'string.special');
  if (ch === '"' || ch === "'") {
    stream.next();
    state.quote = ch;
    return quoted(stream, state);
  }
  if (stream.match(state.flow > 0 ? PLAIN_FLOW : PLAIN_BLOCK)) return stream.match(KEY_AFTER, false) ? 'propertyName.definition' : 'content';
  stream.next();
  return 'content';
}

const yaml = StreamLanguage.define<YamlState>({
  name: 'yaml',
  startState: () => ({ quote: '', block: -1, flow: 0, indent: 0, content: 0, opens: false }),
  token,
  // A new line lines up with the content of the line above (past its `- `), one step in after `key:`.
  indent: (state: YamlState, _textAfter: string, cx: IndentContext) => (state.opens ? state.content + cx.unit : state.content),
  languageData: { commentTokens: { line: '#' }, indentOnInput: /^\s*[\]}]$/ },
});

/** YAML colours and indentation for the model editor, read a line at a time and only as far as the editor shows. */
export function yamlHighlighting(): LanguageSupport {
  return new LanguageSupport(yaml);
}
