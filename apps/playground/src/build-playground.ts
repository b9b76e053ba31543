import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePlayground, type PlaygroundBundle } from './bundle-playground.ts';
import { renderPage } from './render-page.ts';

/** Options for `buildPlayground`. */
export interface BuildPlaygroundOptions {
  /** Where the page is written; emptied first. The site serves it at `/playground/`. */
  outDir: string;
  siteTitle: string;
}

const DEFAULTS = { outDir: 'dist', siteTitle: 'Kubernetes Architecture' } satisfies BuildPlaygroundOptions;
const CSS = fileURLToPath(new URL('./assets/playground.css', import.meta.url));

/**
 * Builds the playground into one folder: its page, stylesheet and script chunks. The page uses
 * the course site's stylesheet one folder up (`../assets/site.css`), as it is served inside the site.
 */
export async function buildPlayground(opts: Partial<BuildPlaygroundOptions> = {}): Promise<{ outDir: string; bundle: PlaygroundBundle }> {
  const o = { ...DEFAULTS, ...opts };
  const outDir = resolve(o.outDir);
  const bundle = await bundlePlayground();
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const html = renderPage({ siteTitle: o.siteTitle, home: '../index.html', siteCss: '../assets/site.css', favicon: '../assets/favicon.svg', css: 'playground.css', script: bundle.entry.name });
  await writeFile(join(outDir, 'index.html'), html);
  for (const f of [bundle.entry, bundle.worker, ...bundle.chunks]) await writeFile(join(outDir, f.name), f.code);
  await copyFile(CSS, join(outDir, 'playground.css'));
  return { outDir, bundle };
}
