import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, BUNDLE } from './_run.js';

// Preloaded into the run: prints, at exit, every Node built-in module it loaded.
const RECORD = `process.on('exit', () => process.stderr.write(JSON.stringify(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)))));`;

/** One function's entry in V8's coverage: its ranges, the first being the whole function. */
interface FunctionCoverage {
  ranges: { startOffset: number; count: number }[];
}

// The launcher wraps the bundle as Node wraps a CommonJS module (bin/kubegram.cjs): offsets in the coverage count from there.
const WRAPPED_AT = '(function (exports, require, module, __filename, __dirname) { '.length;

/**
 * What a run of the binary ran: the sources of every function of the bundle that was called (from
 * V8's coverage, each function's start found in the bundle's source map), and Node's built-ins.
 */
async function ran(args: string[], cwd?: string): Promise<{ sources: string[]; builtins: string[] }> {
  const coverage = await mkdtemp(join(tmpdir(), 'kubegram-coverage-'));
  try {
    const run = spawnSync(process.execPath, [`--import=data:text/javascript,${encodeURIComponent(RECORD)}`, BIN, ...args], {
      cwd,
      encoding: 'utf8',
      // Coverage is of what runs, whatever the code cache holds: none is read or written.
      env: { ...process.env, NODE_V8_COVERAGE: coverage, NODE_DISABLE_COMPILE_CACHE: '1' },
    });
    expect(run.status, run.stderr).toBe(0);
    const code = await readFile(BUNDLE, 'utf8');
    const map = new SourceMap(JSON.parse(await readFile(`${BUNDLE}.map`, 'utf8')));
    const lineStarts = [0];
    for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    const sources = new Set<string>();
    const url = pathToFileURL(BUNDLE).href;
    for (const name of await readdir(coverage)) {
      const { result } = JSON.parse(await readFile(join(coverage, name), 'utf8')) as { result: { url: string; functions: FunctionCoverage[] }[] };
      for (const script of result.filter((s) => s.url === url || s.url === BUNDLE)) {
        for (const fn of script.functions) {
          const whole = fn.ranges[0];
          if (whole === undefined || whole.count === 0) continue;
          const at = whole.startOffset - WRAPPED_AT;
          let line = 0;
          while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= at) line++;
          const entry = map.findEntry(line, at - lineStarts[line]!) as { originalSource?: string };
          if (entry.originalSource !== undefined) sources.add(entry.originalSource);
        }
      }
    }
    expect(sources.size, 'the coverage of the bundle was found').toBeGreaterThan(0);
    return { sources: [...sources], builtins: JSON.parse(run.stderr) as string[] };
  } finally {
    await rm(coverage, { recursive: true, force: true });
  }
}

describe('what a command runs', () => {
  it('kubegram render --preset runs neither zod, the validation rules nor the YAML reader', async () => {
    const { sources } = await ran(['render', '--preset', 'course']);
    expect(sources.some((s) => s.includes('diagram/src/svg/to-svg.ts'))).toBe(true);
    expect(sources.filter((s) => /\/zod\/|\/yaml\/|markdown-it|model\/src\/(parse|validate|spec|_cluster-rules)\.ts/.test(s))).toEqual([]);
  });

  it('kubegram render --preset loads no node:fs/promises, readline or worker_threads', async () => {
    const { builtins } = await ran(['render', '--preset', 'course']);
    expect(builtins).toContain('internal/util/parse_args/parse_args');
    expect(builtins.filter((b) => /^(fs\/promises|internal\/fs\/promises|internal\/readline\/interface|worker_threads)$/.test(b))).toEqual([]);
  });

  it('kubegram render of a model file runs zod and the rules, to validate it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-start-up-'));
    await writeFile(join(dir, 'shop.yaml'), 'id: shop\nnodes:\n  - { id: cp-1, role: control-plane }\n');
    const { sources, builtins } = await ran(['render', 'shop.yaml'], dir);
    expect(sources.some((s) => s.includes('/zod/'))).toBe(true);
    expect(sources.some((s) => s.endsWith('model/src/_cluster-rules.ts'))).toBe(true);
    expect(builtins).toContain('fs/promises');
  });
});
