import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

// `@kubegram/model/load` also holds the file loader, which imports node:fs; the page needs only
// the text parser, so the bundle takes the browser-safe modules of that entry and nothing else.
const MODEL_SRC = join(dirname(createRequire(import.meta.url).resolve('@kubegram/model/package.json')), 'src/load');
/** Points `@kubegram/model/load` at its browser-safe modules, and fails the build on any `node:` import. */
export const browserSafeLoad: Plugin = {
  name: 'kubegram-model-load-browser',
  setup(b) {
    b.onResolve({ filter: /^@kubegram\/model\/load$/ }, () => ({ path: 'load', namespace: 'kubegram-load' }));
    b.onLoad({ filter: /.*/, namespace: 'kubegram-load' }, () => ({
      contents: [
        `export { parseClusterText } from ${JSON.stringify(join(MODEL_SRC, 'parse-cluster-text.ts'))};`,
        `export { MAX_ALIAS_COUNT, MAX_DEPTH, yamlToValue } from ${JSON.stringify(join(MODEL_SRC, 'yaml-to-value.ts'))};`,
      ].join('\n'),
      resolveDir: MODEL_SRC,
      loader: 'ts',
    }));
    // A node: import reaching the page would fail there; fail the build instead.
    b.onResolve({ filter: /^node:/ }, (args) => ({ errors: [{ text: `${args.importer} imports ${args.path}, which a browser does not have` }] }));
  },
};

// zod re-exports every one of its ~40 message locales from its main entry, more than half of its
// weight in the page; the model speaks English only, so the bundle keeps that one locale.
/** Keeps zod's English messages only. */
export const englishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), args.path), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};
