import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start, until } from './_process.js';

// Stopping is measured from the signal; the aim is 200 ms, the bound leaves room for a busy machine.
const PROMPTLY_MS = 1_000;

/** A TypeScript model that says when it has started, then never finishes. */
async function endlessModel(): Promise<{ dir: string; marker: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-interrupt-'));
  const marker = join(await mkdtemp(join(tmpdir(), 'kubegram-marker-')), 'started');
  await writeFile(join(dir, 'model.ts'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, '');\nwhile (true) {}\nexport default {};\n`);
  return { dir, marker };
}

const exists = (path: string) => readFile(path).then(() => true, () => false);

describe('a signal stops any command', () => {
  for (const [signal, command] of [['SIGINT', 'render'], ['SIGTERM', 'validate']] as const) {
    it(`${signal} stops ${command} of a model that never finishes loading, leaving nothing behind`, async () => {
      const { dir, marker } = await endlessModel();
      const args = command === 'render' ? ['render', 'model.ts', '-o', 'out.svg'] : ['validate', 'model.ts'];
      const run = start(args, { cwd: dir, env: { KUBEGRAM_MODEL_TIMEOUT_MS: '60000' } });
      await until(() => exists(marker));
      run.kill(signal);
      const ended = await run.ended;
      // Ended by the signal itself, which shells report as 130 (SIGINT) or 143 (SIGTERM).
      expect({ code: ended.code, signal: ended.signal, stderr: ended.stderr }).toEqual({ code: null, signal, stderr: '' });
      expect(ended.ms).toBeLessThan(PROMPTLY_MS);
      expect(await readdir(dir)).toEqual(['model.ts']);
    });
  }

  it('SIGINT during the render and the write of a large model leaves either no file or the whole file, never a temporary one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-interrupt-'));
    const workers = Array.from({ length: 300 }, (_, i) => `  - id: w-${i}\n    role: worker\n    pods:\n${Array.from({ length: 4 }, (_, j) => `      - { id: p-${i}-${j}, containers: [{ image: nginx:1.27 }] }\n`).join('')}`);
    await writeFile(join(dir, 'big.yaml'), `id: big\nnodes:\n  - { id: cp-1, role: control-plane }\n${workers.join('')}`);
    const full = await start(['render', 'big.yaml', '-o', 'whole.svg'], { cwd: dir, limitMs: 120_000 }).ended;
    expect(full.code).toBe(0);
    const whole = await readFile(join(dir, 'whole.svg'), 'utf8');
    // Signals at points spread over a run: while loading, rendering and writing. A third of the way
    // in, the run is surely still going and must stop at once; later on it may have just finished.
    for (const fraction of [0.3, 0.7, 0.95]) {
      const run = start(['render', 'big.yaml', '-o', 'out.svg'], { cwd: dir, limitMs: 120_000 });
      await new Promise((r) => setTimeout(r, full.ms * fraction));
      run.kill('SIGINT');
      const ended = await run.ended;
      if (fraction === 0.3 || ended.code !== 0) {
        expect({ code: ended.code, signal: ended.signal }).toEqual({ code: null, signal: 'SIGINT' });
        expect(ended.ms).toBeLessThan(PROMPTLY_MS);
      }
      const files = (await readdir(dir)).sort();
      expect(files.filter((f) => f !== 'out.svg')).toEqual(['big.yaml', 'whole.svg']);
      if (files.includes('out.svg')) expect(await readFile(join(dir, 'out.svg'), 'utf8')).toBe(whole);
    }
  });

  it('diagrams --watch stops cleanly on SIGINT, with exit 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-interrupt-'));
    await writeFile(join(dir, 'lesson.md'), '# Nothing drawn here\n');
    const run = start(['diagrams', '--watch'], { cwd: dir });
    await until(() => run.stderr().includes('watching'));
    run.kill('SIGINT');
    const ended = await run.ended;
    expect({ code: ended.code, signal: ended.signal }).toEqual({ code: 0, signal: null });
    expect(ended.ms).toBeLessThan(PROMPTLY_MS);
  });
});
