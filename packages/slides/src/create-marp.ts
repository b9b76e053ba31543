import { Marp, type MarpOptions } from '@marp-team/marp-core';
import { darkTheme, lightTheme } from '@kubegram/diagram';
import { diagramPlugin } from './plugins/diagram/diagram-plugin.js';
import { themeCss } from './theme/theme-css.js';

/** Options of `createMarp`: marp-core's own. */
export type CreateMarpOptions = MarpOptions;

const DEFAULTS: CreateMarpOptions = { inlineSVG: true };

/** A marp-core engine with the Kubegram theme and plugins, ready to render a deck. */
export function createMarp(options: CreateMarpOptions = {}): Marp {
  const marp = new Marp({ ...DEFAULTS, ...options });
  // markdown-it's types differ between marp-core's bundled copy and ours; the plugin only uses the
  // renderer's rule table, which both share.
  marp.use(diagramPlugin as Parameters<Marp['use']>[0]);
  marp.themeSet.add(themeCss(lightTheme, darkTheme));
  return marp;
}
