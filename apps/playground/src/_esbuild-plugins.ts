import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/** Fails the build on any `node:` import: a module that reaches the page must run in a browser. */
export const browserOnly: Plugin = {
  name: 'kubegram-browser-only',
  setup(b) {
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
