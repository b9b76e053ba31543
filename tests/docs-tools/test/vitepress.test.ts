import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { elements, ids } from './_html.js';
import { createToolProject, runTool, TOOLS, type ToolProject } from './_project.js';

let project: ToolProject;

beforeAll(async () => {
  project = await createToolProject('vitepress', TOOLS.vitepress, inject('tarballs'));
  console.log(`VitePress ${TOOLS.vitepress.join(' ')}: npm install took ${project.installSeconds.toFixed(1)} s`);
});

describe('@kubegram/markdown-it in a real VitePress build', () => {
  it('builds pages that hold the inline SVG of a fence and of a model file reference, and no kubegram: text', async () => {
    const build = await runTool(project.dir, 'vitepress/bin/vitepress.js', ['build', 'docs']);
    console.log(`VitePress: vitepress build took ${build.seconds.toFixed(1)} s`);
    expect(build.code, build.stderr).toBe(0);
    const index = await readFile(join(project.dir, 'docs/.vitepress/dist/index.html'), 'utf8');
    const guide = await readFile(join(project.dir, 'docs/.vitepress/dist/guide.html'), 'utf8');

    expect(elements(index, 'figure').filter((f) => f.class === 'kubegram-diagram')).toEqual([{ class: 'kubegram-diagram', 'data-view': 'worker' }]);
    expect(elements(index, 'g').filter((g) => g['data-id'] === 'demo-w1-kubelet')).toHaveLength(1);
    expect(index).toMatch(/<div class="language-yaml[^"]*"[\s\S]*not-a-diagram/);

    expect(elements(guide, 'figure').map((f) => f['data-view'])).toEqual(['worker']);
    expect(elements(guide, 'span').filter((s) => s.class === 'kubegram-diagram').map((s) => s['data-view'])).toEqual(['overview']);
    expect(elements(guide, 'g').map((g) => g['data-id'])).toContain('shop-w2-kubelet');
    expect(guide).toContain('<figcaption>The worker nodes of the shop</figcaption>');
    expect(elements(guide, 'img')).toEqual([]);

    for (const page of [index, guide]) {
      expect(page).not.toContain('kubegram:');
      expect(new Set(ids(page)).size).toBe(ids(page).length);
    }
  });

  it('fails the build on a broken model, naming the Markdown file with its own line and column', async () => {
    await cp(join(import.meta.dirname, '../fixtures/vitepress-broken/docs'), join(project.dir, 'broken'), { recursive: true });
    const build = await runTool(project.dir, 'vitepress/bin/vitepress.js', ['build', 'broken']);
    expect(build.code).not.toBe(0);
    // Line 11 of the file, not line 4 of the fence nor line 7 of the body after the frontmatter.
    expect(`${build.stdout}${build.stderr}`).toContain(`${join(project.dir, 'broken/index.md')}:11:28: error: nodes[1].role: expected one of "control-plane", "worker", got the string "wroker"`);
  });
});
