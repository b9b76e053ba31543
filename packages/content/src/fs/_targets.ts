import { relative, resolve } from 'node:path';
import { formatNamed } from '@kubegram/diagram';
import type { ContentError, DiagramRef } from '../types.js';
import type { DiagramTarget } from './types.js';

/** What `targetsOf` needs to know where files go. */
export interface TargetOptions {
  /** The folder searched for lessons. */
  dir: string;
  /** Also write a `.mmd` file beside each SVG. */
  mermaid: boolean;
  /** Write into this folder (mirroring the content tree) instead of next to the lessons. */
  outDir?: string;
}

// Two references may name one picture only if they ask for the same picture.
const keyOf = (ref: DiagramRef): string =>
  JSON.stringify([ref.model.kind === 'file' ? ref.model.path : ref.model.name, ref.view, ref.highlight, ref.node ?? null]);

// The file of another format beside an SVG: its name with the format's usual extension.
const besideSvg = (svg: string, format: string): string => {
  const extension = formatNamed('svg').extensions.find((e) => svg.toLowerCase().endsWith(e)) ?? '';
  return `${svg.slice(0, svg.length - extension.length)}${formatNamed(format).extensions[0]}`;
};

/** The files to write for the references of every lesson, and a problem for each conflicting pair. */
export function targetsOf(lessons: ReadonlyMap<string, readonly DiagramRef[]>, options: TargetOptions): { targets: DiagramTarget[]; errors: ContentError[] } {
  const byPath = new Map<string, DiagramTarget>();
  const errors: ContentError[] = [];
  for (const [lesson, refs] of lessons) {
    for (const ref of refs) {
      const svg = options.outDir === undefined ? ref.output : resolve(options.outDir, relative(options.dir, ref.output));
      const paths: [string, DiagramTarget['format']][] = [[svg, 'svg']];
      if (options.mermaid) paths.push([besideSvg(svg, 'mermaid'), 'mermaid']);
      for (const [path, format] of paths) {
        const other = byPath.get(path);
        if (other === undefined) byPath.set(path, { path, format, ref, lesson });
        else if (keyOf(other.ref) !== keyOf(ref)) {
          errors.push({
            file: lesson,
            line: ref.line,
            path: 'src',
            message: `${ref.src} is also drawn by ${other.lesson}:${other.ref.line} from a different model, view or options; expected each picture to have one source: give one of them another file name`,
          });
        }
      }
    }
  }
  return { targets: [...byPath.values()], errors };
}
