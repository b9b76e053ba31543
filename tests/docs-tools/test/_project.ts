import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { installInto } from '../../consumer/test/_project.js';

const run = promisify(execFile);
const workspace = resolve(import.meta.dirname, '../../..');

/** The published packages a docs project installs, in dependency order. */
export const PLUGIN_PACKAGES = ['packages/model', 'packages/diagram', 'packages/content', 'packages/markdown-it', 'packages/rehype'] as const;

/** The docs tools, at the exact versions these tests build with. */
export const TOOLS = {
  vitepress: ['vitepress@1.6.4'],
  marp: ['@marp-team/marp-cli@4.5.1'],
  astro: ['astro@7.3.5', '@astrojs/markdown-remark@7.3.1'],
  // The docs plugin and the classic theme (which highlights code) without the rest of preset-classic.
  docusaurus: ['@docusaurus/core@3.10.2', '@docusaurus/plugin-content-docs@3.10.2', '@docusaurus/theme-classic@3.10.2', 'react@19.2.0', 'react-dom@19.2.0'],
} as const;

/** Packs the built plugin packages into a fresh folder and gives the tarballs' paths. */
export async function packPlugins(): Promise<string[]> {
  const into = await mkdtemp(join(tmpdir(), 'kubegram-docs-tools-tarballs-'));
  const tarballs: string[] = [];
  for (const pkg of PLUGIN_PACKAGES) {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', into], { cwd: join(workspace, pkg) });
    tarballs.push(join(into, (JSON.parse(stdout) as { filename: string }[])[0]!.filename));
  }
  return tarballs;
}

/** A docs project outside the workspace: a copy of a fixture folder with a tool and the plugins installed. */
export interface ToolProject {
  dir: string;
  /** How long `npm install` took, in seconds. */
  installSeconds: number;
}

/** How a tool's project differs from the usual one. */
export interface ToolProjectOptions {
  /** Fields of its package.json besides name and private; default `{ type: 'module' }`. */
  packageJson?: Record<string, unknown>;
  /** How long its install may take; default that of `installInto`. */
  installTimeoutMs?: number;
}

/** Copies `fixtures/<fixture>` into the temp dir and installs the tool and the packed plugins there. */
export async function createToolProject(fixture: string, tool: readonly string[], tarballs: readonly string[], options: ToolProjectOptions = {}): Promise<ToolProject> {
  const dir = await mkdtemp(join(tmpdir(), `kubegram-${fixture}-`));
  await cp(join(import.meta.dirname, '../fixtures', fixture), dir, { recursive: true });
  const fields = options.packageJson ?? { type: 'module' };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: `kubegram-${fixture}`, private: true, ...fields }, null, 2)}\n`);
  const started = performance.now();
  // No tool here downloads a browser; the variable keeps it so if one ever tries.
  await installInto(dir, [...tarballs, ...tool], { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' }, options.installTimeoutMs);
  return { dir, installSeconds: (performance.now() - started) / 1000 };
}

/** What a tool's command gave: exit code, output and how long it took. */
export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs a tool's bin script with this Node inside a project, within a bounded time, whatever the exit code. */
export async function runTool(dir: string, script: string, args: readonly string[], timeout = 180_000): Promise<ToolRun> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', PUPPETEER_SKIP_DOWNLOAD: '1' };
  try {
    const running = run(process.execPath, [join(dir, 'node_modules', script), ...args], { cwd: dir, env, timeout, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 });
    // Nothing comes on standard input: a tool that would wait for it (Marp CLI does) sees it closed.
    running.child.stdin?.end();
    const { stdout, stderr } = await running;
    return { code: 0, stdout, stderr, seconds: seconds() };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string; message?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: `${e.stderr ?? ''}${e.message ?? ''}`, seconds: seconds() };
  }
}

/** Writes a file, making its folder first. */
export async function writeInto(dir: string, path: string, text: string): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), text);
}
