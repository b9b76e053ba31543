import { isCommandLine, isTableHeader } from './_command-line.js';
import { createJsonReader, type JsonReader } from './_read-json.js';
import { createYamlReader, type YamlReader } from './_read-yaml.js';
import type { ObjectSink } from './_sink.js';
import type { TextSink } from './types.js';

/**
 * Reads the text of one input in chunks: JSON is streamed item by item, YAML document by document
 * and list item by list item. A shell command or prompt pasted on line 1 is named and skipped; kubectl's table
 * output is refused with the flag that prints objects.
 */
export function createTextReader(file: string, sink: ObjectSink): TextSink {
  let head = '';
  let json: JsonReader | undefined;
  let yaml: YamlReader | undefined;
  let refused = false;

  const decide = (text: string, final: boolean): void => {
    // A byte order mark that a decoder left in place is no part of the output.
    head = (head + text).replace(/^\uFEFF/, '');
    // Decide on the first line that is not blank, once it is complete.
    let offset = 0;
    let lineNo = 1;
    for (;;) {
      const end = head.indexOf('\n', offset);
      if (end < 0 && !final) return;
      const line = head.slice(offset, end < 0 ? head.length : end);
      if (line.trim() === '' && end >= 0) {
        offset = end + 1;
        lineNo += 1;
        continue;
      }
      const rest = end < 0 ? '' : head.slice(end + 1);
      if (lineNo === 1 && line.trim() !== '' && isCommandLine(line) && !line.trimStart().startsWith('#')) {
        sink.note(`${file}: skipped line 1, a pasted command ("${line.trim().slice(0, 80)}"), not kubectl output`);
        head = '';
        start(rest, 2, final);
        return;
      }
      if (isTableHeader(line)) {
        refused = true;
        sink.problem({
          file,
          line: lineNo,
          column: 1,
          path: '',
          severity: 'error',
          message: `this is kubectl's table output ("${line.trim().slice(0, 60)}"), which holds no objects; expected JSON or YAML: add -o json, as in "kubectl get nodes,pods -A -o json"`,
        });
        return;
      }
      const all = head;
      head = '';
      start(all, 1, final);
      return;
    }
  };

  const start = (text: string, firstLine: number, final: boolean) => {
    const first = /\S/.exec(text)?.[0];
    if (first === '{' || first === '[') {
      json = createJsonReader(sink, file, firstLine);
      json.write(text);
    } else {
      yaml = createYamlReader(sink, file, firstLine);
      yaml.write(text);
    }
    if (final) finish();
  };

  const finish = () => {
    if (json) json.end();
    else if (yaml) yaml.end();
  };

  let started = false;
  return {
    write(chunk) {
      if (refused) return;
      if (json) json.write(chunk);
      else if (yaml) yaml.write(chunk);
      else {
        decide(chunk, false);
        started = json !== undefined || yaml !== undefined;
      }
    },
    end() {
      if (refused) return;
      if (!started && json === undefined && yaml === undefined) {
        if (head.trim() === '') {
          sink.problem({ file, path: '', severity: 'error', message: 'the input is empty; expected kubectl output such as "kubectl get nodes,pods -A -o json" prints' });
          return;
        }
        decide('', true);
        return;
      }
      finish();
    },
  };
}
