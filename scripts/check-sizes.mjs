// Keeps the source in small pieces: no function over 60 lines and no file over 300 lines in any
// package's or app's src/ (tests and generated tables aside). Prints each offender as
// file:line and exits 1, so `npm test` fails when a change lets one grow past the limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const MAX_FUNCTION_LINES = 60;
const MAX_FILE_LINES = 300;
const root = fileURLToPath(new URL('..', import.meta.url));
// Tables generated from data at development time, not code anyone edits by hand.
const GENERATED = new Set(['packages/diagram/src/fonts/_dejavu-metrics.ts']);
const isTest = (name) => /\.(test|test-d|spec|fuzz\.test|property\.test)\.[cm]?ts$/.test(name) || name.endsWith('.d.ts');

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.[cm]?tsx?$/.test(entry.name) && !isTest(entry.name)) yield path;
  }
}

function* srcDirs() {
  for (const group of ['packages', 'apps']) {
    for (const entry of readdirSync(join(root, group), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const src = join(root, group, entry.name, 'src');
      try {
        readdirSync(src);
        yield src;
      } catch {
        // A package without src/ has nothing to measure.
      }
    }
  }
}

const nameOf = (node, sf) => {
  if (node.name) return node.name.getText(sf);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText(sf);
  return '(anonymous)';
};

/** Every function and file over the limits in one source text, as `{ line, what }`. */
export function oversized(fileName, text) {
  const found = [];
  const lines = text.split('\n').length;
  if (lines > MAX_FILE_LINES) found.push({ line: 1, what: `file has ${lines} lines (at most ${MAX_FILE_LINES})` });
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.end).line;
      const span = end - start + 1;
      if (span > MAX_FUNCTION_LINES) found.push({ line: start + 1, what: `function ${nameOf(node, sf)} has ${span} lines (at most ${MAX_FUNCTION_LINES})` });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = [];
  for (const dir of srcDirs()) {
    for (const file of sourceFiles(dir)) {
      const rel = relative(root, file).split('\\').join('/');
      if (GENERATED.has(rel)) continue;
      for (const p of oversized(file, readFileSync(file, 'utf8'))) problems.push(`${rel}:${p.line}: ${p.what}; split it where a comment would say "now ..."`);
    }
  }
  if (problems.length > 0) {
    console.error(`check-sizes: ${problems.length} pieces too large:\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log('check-sizes: every source function is at most 60 lines and every source file at most 300 lines');
}
