import { createRequire } from 'node:module';
import type { Marp, MarpOptions } from '@marp-team/marp-core';
import { darkTheme, lightTheme } from '@kubegram/diagram';
import { diagramPlugin } from './plugins/diagram/diagram-plugin.js';
import { themeCss } from './theme/theme-css.js';
import { memoizeThemes } from './_theme-memo.js';

/** Options of `createMarp`: marp-core's own. */
export type CreateMarpOptions = MarpOptions;

const DEFAULTS: CreateMarpOptions = { inlineSVG: true };

// Required on the first deck rather than imported: loading Marp is most of the start-up of a build
// whose decks all come from its cache.
const require = createRequire(import.meta.url);
let marpClass: typeof Marp | undefined;
let theme: string | undefined;

/** A marp-core engine with the Kubegram theme and plugins, ready to render a deck. */
export function createMarp(options: CreateMarpOptions = {}): Marp {
  if (marpClass === undefined) {
    memoizeThemes(require.resolve('@marp-team/marp-core'));
    marpClass = (require('@marp-team/marp-core') as typeof import('@marp-team/marp-core')).Marp;
  }
  const marp = new marpClass({ ...DEFAULTS, ...options });
  // markdown-it's types differ between marp-core's bundled copy and ours; the plugin only uses the
  // renderer's rule table, which both share.
  marp.use(diagramPlugin as Parameters<Marp['use']>[0]);
  // The same CSS every time: made once, and parsed once (see memoizeThemes).
  marp.themeSet.add((theme ??= themeCss(lightTheme, darkTheme)));
  return marp;
}
