// An esbuild plugin that points named imports of a workspace package (`import { presets } from
// '@kubegram/model'`) at the files that define the names, past the package's index.ts.
//
// Why: with code splitting, esbuild decides which chunks a command loads by following every import
// of every file it reaches, used or not. Through the model's index.ts, `kubegram render` reached
// the zod schemas, and loaded zod and built every schema on each start, though drawing a preset
// validates nothing. Importing each name from its own file leaves only what a command uses.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const IMPORT = /\bimport\s*\{([^}]*)\}\s*from\s*(['"])(@kubegram\/[^'"]+)\2\s*;?/g;
const REEXPORT = /^export\s+(type\s+)?\{([^}]*)\}\s*from\s*(['"])([^'"]+)\3$/;

/**
 * The statements of a file that is nothing but `export { ... } from '...'` lines, or undefined when
 * the file does anything else (then it is not a barrel, and imports of it stay as they are).
 */
function reexports(source) {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const statements = code.split(';').map((s) => s.trim()).filter((s) => s !== '');
  const out = [];
  for (const statement of statements) {
    const m = REEXPORT.exec(statement.replace(/\s+/g, ' '));
    if (m === null) return undefined;
    if (m[1] !== undefined) continue;
    out.push({ names: m[2].split(',').map((n) => n.trim()).filter((n) => n !== ''), from: m[4] });
  }
  return out;
}

/** Splits `a`, `type a` or `a as b` into the exported name and the local one; undefined for a type. */
function specifier(text) {
  const parts = text.trim().split(/\s+/);
  if (parts[0] === 'type') return undefined;
  if (parts.length === 3 && parts[1] === 'as') return { name: parts[0], local: parts[2] };
  return parts.length === 1 ? { name: parts[0], local: parts[0] } : null;
}

/** The plugin; barrels are resolved as the build resolves any import, conditions included. */
export function skipBarrels() {
  return {
    name: 'skip-barrels',
    setup(build) {
      // Per build: barrel file -> (exported name -> defining file and its name there), or null for
      // a file that is not a barrel. Promises, so files loaded at once share one reading.
      const maps = new Map();
      const definitions = (file, seen = new Set()) => {
        if (seen.has(file)) return Promise.resolve(null);
        if (!maps.has(file)) maps.set(file, readDefinitions(file, new Set([...seen, file])));
        return maps.get(file);
      };

      async function readDefinitions(file, seen) {
        const list = reexports(await readFile(file, 'utf8'));
        if (list === undefined) return null;
        const map = new Map();
        for (const { names, from } of list) {
          const target = await build.resolve(from, { kind: 'import-statement', resolveDir: dirname(file) });
          if (target.errors.length > 0 || target.external) return null;
          // A barrel of barrels (`export { toMermaid } from './mermaid/index.js'`) is followed down.
          const inner = await definitions(target.path, seen);
          for (const text of names) {
            const s = specifier(text);
            if (s === undefined) continue;
            if (s === null) return null;
            map.set(s.local, inner?.get(s.name) ?? { file: target.path, name: s.name });
          }
        }
        return map;
      }

      build.onLoad({ filter: /\.[cm]?tsx?$/ }, async ({ path }) => {
        if (path.includes('/node_modules/')) return undefined;
        const source = await readFile(path, 'utf8');
        let changed = false;
        let out = '';
        let last = 0;
        for (const m of source.matchAll(IMPORT)) {
          const barrel = await build.resolve(m[3], { kind: 'import-statement', resolveDir: dirname(path) });
          const map = barrel.errors.length === 0 && !barrel.external ? await definitions(barrel.path) : null;
          const specs = m[1].split(',').filter((t) => t.trim() !== '').map(specifier);
          if (map === null || specs.some((s) => s === null || (s !== undefined && !map.has(s.name)))) continue;
          const byFile = new Map();
          for (const s of specs) {
            if (s === undefined) continue;
            const d = map.get(s.name);
            byFile.set(d.file, [...(byFile.get(d.file) ?? []), d.name === s.local ? s.local : `${d.name} as ${s.local}`]);
          }
          // On one line, then the statement's own line breaks, so the source map's lines still hold.
          const imports = [...byFile].map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(file)};`).join(' ');
          out += source.slice(last, m.index) + imports + '\n'.repeat(m[0].split('\n').length - 1);
          last = m.index + m[0].length;
          changed = true;
        }
        if (!changed) return undefined;
        return { contents: out + source.slice(last), loader: path.endsWith('x') ? 'tsx' : 'ts', resolveDir: dirname(path) };
      });
    },
  };
}
