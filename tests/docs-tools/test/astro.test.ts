import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toSvg } from '@kubegram/diagram';
import { presets } from '@kubegram/model';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { elements, ids } from './_html.js';
import { createToolProject, runTool, TOOLS, writeInto, type ToolProject } from './_project.js';

let project: ToolProject;

beforeAll(async () => {
  project = await createToolProject('astro', TOOLS.astro, inject('tarballs'));
  console.log(`Astro ${TOOLS.astro.join(' ')}: npm install took ${project.installSeconds.toFixed(1)} s`);
  // The committed picture the reference names: Astro collects the images of a page before any rehype plugin runs.
  await writeInto(project.dir, 'src/pages/diagrams/control-plane.svg', toSvg(presets.haCloud, { view: 'control-plane', highlight: ['cp-1-apiserver'] }));
});

describe('@kubegram/rehype in a real Astro build', () => {
  it('builds a page that holds the inline SVG of a code block and of a reference, and no kubegram: text', async () => {
    const build = await runTool(project.dir, 'astro/bin/astro.mjs', ['build']);
    console.log(`Astro: astro build took ${build.seconds.toFixed(1)} s`);
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    const page = await readFile(join(project.dir, 'dist/index.html'), 'utf8');

    expect(elements(page, 'figure').filter((f) => f.class === 'kubegram-diagram').map((f) => f['data-view'])).toEqual(['worker', 'control-plane']);
    const drawn = elements(page, 'g').map((g) => g['data-id']);
    expect(drawn).toContain('demo-w1-kubelet');
    expect(drawn).toContain('cp-1-apiserver');
    expect(page).toContain('<figcaption>The control plane</figcaption>');
    expect(page).toMatch(/<pre class="astro-code[^"]*"[^>]*data-language="ts"/);
    expect(page).not.toContain('kubegram:');
    expect(new Set(ids(page)).size).toBe(ids(page).length);
  });
});
