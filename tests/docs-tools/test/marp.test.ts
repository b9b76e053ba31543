import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { elements, ids } from './_html.js';
import { createToolProject, runTool, TOOLS, type ToolProject } from './_project.js';

let project: ToolProject;

beforeAll(async () => {
  project = await createToolProject('marp', TOOLS.marp, inject('tarballs'));
  console.log(`Marp CLI ${TOOLS.marp.join(' ')}: npm install took ${project.installSeconds.toFixed(1)} s`);
});

describe('@kubegram/markdown-it in a real Marp CLI build', () => {
  it('renders a deck whose slides hold the inline SVG of a fence and of a TypeScript model, and no kubegram: text', async () => {
    const build = await runTool(project.dir, '@marp-team/marp-cli/marp-cli.js', ['--no-stdin', '--engine', './engine.mjs', 'deck.md', '-o', 'deck.html']);
    console.log(`Marp CLI: marp --engine ./engine.mjs deck.md took ${build.seconds.toFixed(1)} s`);
    expect(build.code, build.stderr).toBe(0);
    const deck = await readFile(join(project.dir, 'deck.html'), 'utf8');

    expect(elements(deck, 'figure').filter((f) => f.class === 'kubegram-diagram').map((f) => f['data-view'])).toEqual(['control-plane', 'worker']);
    const drawn = elements(deck, 'g').map((g) => g['data-id']);
    expect(drawn).toContain('demo-cp-apiserver');
    expect(drawn).toContain('shop-w1-kubelet');
    expect(deck).toContain('<figcaption>The worker nodes of the shop</figcaption>');
    expect(deck).not.toContain('kubegram:');
    expect(new Set(ids(deck)).size).toBe(ids(deck).length);
  });
});
