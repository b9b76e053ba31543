import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Drawing a cluster that is already valid (a preset, or a model parsed once) must not load zod:
// the command line draws a preset without it, and a page that only draws ships without it.
const SRC = dirname(fileURLToPath(import.meta.url));
// Statements that load a module: imports and re-exports, except `import type` / `export type`.
const LOADS = /^(?:import|export)\s+(?!type\s)([\s\S]*?)\s+from\s+'([^']+)';/gm;

function loadedSpecifiers(file: string): string[] {
  const out: string[] = [];
  for (const [, names, specifier] of readFileSync(file, 'utf8').matchAll(LOADS)) {
    const braces = /^\{([\s\S]*)\}$/.exec(names!.trim());
    // `import { type A, type B } from` loads nothing once types are erased.
    if (braces && braces[1]!.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '))) continue;
    out.push(specifier!);
  }
  return out;
}

/** The package files `entry` loads, directly or not, and the packages they load. */
function reach(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [resolve(SRC, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of loadedSpecifiers(file)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  }
  return { files: [...files].map((f) => relative(SRC, f)), packages: [...packages] };
}

describe('drawing without zod', () => {
  it.each(['presets/index.ts', 'elements.ts', 'relations.ts', 'select-view.ts', 'views.ts', 'picture/index.ts'])('%s loads no zod, directly or not', (entry) => {
    const { files, packages } = reach(entry);
    expect(files).toContain(entry);
    expect(packages).not.toContain('zod');
  });

  it('parse.ts loads zod, which the walk finds', () => {
    const { files, packages } = reach('parse.ts');
    expect(files).toContain('spec.ts');
    expect(packages).toContain('zod');
  });
});
