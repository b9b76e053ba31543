import { isCommandLine, isTableHeader } from './_command-line.js';
import { createJsonReader } from './_read-json.js';
import { createYamlReader } from './_read-yaml.js';
import type { ObjectSink } from './_sink.js';
import type { ImportProblem, TextSink } from './types.js';

/** The first line that is not blank, its number and the text after it; undefined until that line is complete. */
export function firstLineOf(text: string, final: boolean): { line: string; lineNo: number; rest: string } | undefined {
  let offset = 0;
  let lineNo = 1;
  for (;;) {
    const end = text.indexOf('\n', offset);
    if (end < 0 && !final) return undefined;
    const line = text.slice(offset, end < 0 ? text.length : end);
    if (line.trim() !== '' || end < 0) return { line, lineNo, rest: end < 0 ? '' : text.slice(end + 1) };
    offset = end + 1;
    lineNo += 1;
  }
}

const tableProblem = (file: string, line: string, lineNo: number): ImportProblem => ({
  file,
  line: lineNo,
  column: 1,
  path: '',
  severity: 'error',
  message: `this is kubectl's table output ("${line.trim().slice(0, 60)}"), which holds no objects; expected JSON or YAML: add -o json, as in "kubectl get nodes,pods -A -o json"`,
});

// JSON starts with "{" or "[" (a kubectl List, a cluster-info dump); anything else is YAML.
function openReader(text: string, sink: ObjectSink, file: string, firstLine: number): TextSink {
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' ? createJsonReader(sink, file, firstLine) : createYamlReader(sink, file, firstLine);
}

/**
 * Reads the text of one input in chunks: JSON is streamed item by item, YAML document by document
 * and list item by list item. A shell command or prompt pasted on line 1 is named and skipped; kubectl's table
 * output is refused with the flag that prints objects.
 */
export function createTextReader(file: string, sink: ObjectSink): TextSink {
  let head = '';
  let reader: TextSink | undefined;
  let refused = false;

  const start = (text: string, firstLine: number, final: boolean) => {
    reader = openReader(text, sink, file, firstLine);
    reader.write(text);
    if (final) reader.end();
  };

  // Decides on the first line that is not blank, once it is complete.
  const decide = (text: string, final: boolean): void => {
    // A byte order mark that a decoder left in place is no part of the output.
    head = (head + text).replace(/^\uFEFF/, '');
    const first = firstLineOf(head, final);
    if (first === undefined) return;
    const { line, lineNo, rest } = first;
    const all = head;
    head = '';
    if (lineNo === 1 && line.trim() !== '' && isCommandLine(line) && !line.trimStart().startsWith('#')) {
      sink.note(`${file}: skipped line 1, a pasted command ("${line.trim().slice(0, 80)}"), not kubectl output`);
      start(rest, 2, final);
    } else if (isTableHeader(line)) {
      refused = true;
      sink.problem(tableProblem(file, line, lineNo));
    } else start(all, 1, final);
  };

  return {
    write(chunk) {
      if (refused) return;
      if (reader) reader.write(chunk);
      else decide(chunk, false);
    },
    end() {
      if (refused) return;
      if (reader) reader.end();
      else if (head.trim() === '') sink.problem({ file, path: '', severity: 'error', message: 'the input is empty; expected kubectl output such as "kubectl get nodes,pods -A -o json" prints' });
      else decide('', true);
    },
  };
}
