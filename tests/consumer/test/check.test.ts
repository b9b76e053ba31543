import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { installedBin, runCommand, systemNode } from './_project.js';

const project = inject('consumer');
const bin = installedBin(project.dir, 'kubegram');
const COURSE = resolve(import.meta.dirname, '../fixtures/course');
const kubegram = (args: string[], cwd: string) => runCommand(systemNode(), [bin, ...args], cwd);

describe('an author checking a course of their own with the kubegram command from npm', () => {
  it('is told which pictures are missing, draws them, passes, and is stopped by a misspelt id at its line and column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-consumer-check-'));
    await cp(COURSE, dir, { recursive: true });
    // A lesson with nothing but its title, as the lesson format allows.
    await writeFile(join(dir, 'running-apps', 'pods.md'), '---\ntitle: Pods\n---\n\n# Pods\n\nA pod is one or more containers that share a network namespace.\n');

    const missing = await kubegram(['check', '.'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stdout.match(/^\S+:\d+:\d+: error: diagrams\[0\]\.src: missing picture/gm)).toHaveLength(3);

    expect((await kubegram(['diagrams', '.'], dir)).code).toBe(0);
    const clean = await kubegram(['check', '.'], dir);
    expect(clean.stdout).toBe('');
    expect(clean.stderr).toContain('4 lessons, 1 model, 3 pictures checked: 0 errors, 0 warnings');
    expect(clean.code).toBe(0);

    const lesson = join(dir, 'getting-started', 'the-worker.md');
    await writeFile(lesson, (await readFile(lesson, 'utf8')).replace('node=worker-1', 'node=worker-1 highlight=worker-1-kubelt'));
    const misspelt = await kubegram(['check', '.'], dir);
    expect(misspelt.code).toBe(1);
    expect(misspelt.stdout).toMatch(/^getting-started\/the-worker\.md:16:\d+: error: diagrams\[0\]\.options\.highlight: unknown id "worker-1-kubelt" .*did you mean "worker-1-kubelet"/m);
  });
});
