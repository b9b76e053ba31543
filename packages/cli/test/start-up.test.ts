import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from './_run.js';

// Preloaded into the run: prints, at exit, every file it loaded and every Node built-in module.
const RECORD = `
import { registerHooks } from 'node:module';
const files = new Set();
registerHooks({ load(url, context, next) { if (url.startsWith('file:')) files.add(url); return next(url, context); } });
process.on('exit', () => process.stderr.write(JSON.stringify({ files: [...files], builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)) })));
`;

/** What a run of the binary loaded: the sources bundled into the files it read, and Node's built-ins. */
async function loaded(args: string[], cwd?: string): Promise<{ sources: string[]; builtins: string[] }> {
  const run = spawnSync(process.execPath, [`--import=data:text/javascript,${encodeURIComponent(RECORD)}`, BIN, ...args], { cwd, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const { files, builtins } = JSON.parse(run.stderr) as { files: string[]; builtins: string[] };
  const sources: string[] = [];
  for (const url of files.filter((f) => f.includes('/dist/'))) {
    const map = JSON.parse(await readFile(`${fileURLToPath(url)}.map`, 'utf8')) as { sources: string[] };
    sources.push(...map.sources);
  }
  return { sources, builtins };
}

describe('what a command loads', () => {
  it('kubegram render --preset loads neither zod, the validation rules nor the YAML reader', async () => {
    const { sources } = await loaded(['render', '--preset', 'course']);
    expect(sources.some((s) => s.includes('diagram/src/svg/to-svg.ts'))).toBe(true);
    expect(sources.filter((s) => /\/zod\/|\/yaml\/|markdown-it|model\/src\/(parse|validate|spec|_cluster-rules)\.ts/.test(s))).toEqual([]);
  });

  it('kubegram render --preset loads no node:fs/promises, readline or worker_threads', async () => {
    const { builtins } = await loaded(['render', '--preset', 'course']);
    expect(builtins).toContain('internal/util/parse_args/parse_args');
    expect(builtins.filter((b) => /^(fs\/promises|internal\/fs\/promises|internal\/readline\/interface|worker_threads)$/.test(b))).toEqual([]);
  });

  it('kubegram render of a model file loads zod and the rules, to validate it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-start-up-'));
    await writeFile(join(dir, 'shop.yaml'), 'id: shop\nnodes:\n  - { id: cp-1, role: control-plane }\n');
    const { sources, builtins } = await loaded(['render', 'shop.yaml'], dir);
    expect(sources.some((s) => s.includes('/zod/'))).toBe(true);
    expect(sources.some((s) => s.endsWith('model/src/_cluster-rules.ts'))).toBe(true);
    expect(builtins).toContain('fs/promises');
  });
});
