import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toSvg } from '@kubegram/diagram';
import { presets } from '@kubegram/model';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { elements, ids } from './_html.js';
import { createToolProject, runTool, TOOLS, writeInto, type ToolProject } from './_project.js';

let project: ToolProject;

beforeAll(async () => {
  // No "type": "module": webpack would then take Docusaurus's generated route registry as strict
  // ESM, leave its require.resolveWeak() calls as they are, and the static pages fail to render.
  // Some 1,200 packages: with an empty npm cache the install alone takes minutes.
  project = await createToolProject('docusaurus', TOOLS.docusaurus, inject('tarballs'), { packageJson: {}, installTimeoutMs: 480_000 });
  console.log(`Docusaurus ${TOOLS.docusaurus.join(' ')}: npm install took ${project.installSeconds.toFixed(1)} s`);
  // The committed picture the reference names: Docusaurus fails the build on an image it cannot find.
  await writeInto(project.dir, 'docs/diagrams/control-plane.svg', toSvg(presets.haCloud, { view: 'control-plane', highlight: ['cp-1-apiserver'] }));
}, 540_000);

/** The text of every built page and script under a folder. */
async function builtFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(html|js)$/.test(entry.name)) files.set(join(entry.parentPath, entry.name), await readFile(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

describe('@kubegram/rehype in a real Docusaurus build', () => {
  it('builds a docs page that holds the inline SVG of a code block, of a reference and of a block in an admonition, and no kubegram: text', async () => {
    // Unminified: minifying is most of the build's time and says nothing about the plugin. Webpack
    // compiles a client and a server bundle: on two busy cores that takes minutes, hence the time allowed.
    const build = await runTool(project.dir, '@docusaurus/core/bin/docusaurus.mjs', ['build', '--no-minify'], 330_000);
    console.log(`Docusaurus: docusaurus build took ${build.seconds.toFixed(1)} s`);
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    const page = await readFile(join(project.dir, 'build/index.html'), 'utf8');

    expect(elements(page, 'figure').filter((f) => f.class === 'kubegram-diagram').map((f) => f['data-view'])).toEqual(['worker', 'control-plane', 'overview']);
    const drawn = elements(page, 'g').map((g) => g['data-id']);
    expect(drawn).toContain('demo-w1-kubelet');
    expect(drawn).toContain('cp-1-apiserver');
    expect(drawn).toContain('noted-cp');
    expect(page).toContain('<figcaption>The control plane</figcaption>');
    expect(page).toMatch(/<pre[^>]*class="prism-code language-ts[^"]*"[^>]*>[\s\S]*?<span class="token keyword"[^>]*>const<\/span>/);
    expect(new Set(ids(page)).size).toBe(ids(page).length);
    const built = await builtFiles(join(project.dir, 'build'));
    expect([...built.keys()].filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
    expect([...built].filter(([, text]) => text.includes('kubegram:')).map(([file]) => file)).toEqual([]);
  }, 360_000);
});
