import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { installedBin, runCommand, systemNode } from './_project.js';

const project = inject('consumer');
const bin = installedBin(project.dir, 'kubegram');
// Three lessons in two modules and one model: nothing like this repository's own course.
const COURSE = resolve(import.meta.dirname, '../fixtures/course');
const CHROMIUM = '/usr/bin/chromium';
const files = (root: string, ext: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => f.replaceAll('\\', '/')).sort();

describe('an author with the kubegram command installed from npm', () => {
  it('builds the site and decks of a course of their own on the oldest supported Node, with PDFs when Chromium is there', async () => {
    const result = await runCommand(systemNode(), [bin, 'build', COURSE, '--out', 'site', '--title', 'Shop 101'], project.dir);
    expect(result.stderr.split('\n').filter((l) => l.startsWith('kubegram'))).toEqual(existsSync(CHROMIUM) ? [] : [expect.stringContaining('kubegram build: no PDFs:')]);
    expect(result.code).toBe(0);
    const site = join(project.dir, 'site');
    expect(files(site, '.html').filter((f) => !f.startsWith('slides/'))).toEqual(['getting-started/the-cluster.html', 'getting-started/the-worker.html', 'index.html', 'running-apps/a-request.html']);
    expect(files(site, '.svg').filter((f) => f.includes('/diagrams/'))).toHaveLength(3);
    expect(files(site, '.js')).toEqual(['assets/site.js']);
    expect(files(join(site, 'slides'), '.html')).toHaveLength(4);
    expect(files(join(site, 'slides'), '.pdf')).toHaveLength(existsSync(CHROMIUM) ? 3 : 0);
  });

  it('turns one lesson into its deck with kubegram slides', async () => {
    const result = await runCommand(systemNode(), [bin, 'slides', join(COURSE, 'getting-started', 'the-worker.md'), '--out', 'decks'], project.dir);
    expect(result.code).toBe(0);
    expect(readdirSync(join(project.dir, 'decks')).sort()).toEqual(['the-worker.html', 'the-worker.md']);
  });
});
