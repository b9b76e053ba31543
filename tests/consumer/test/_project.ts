import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The workspace packages a consumer installs from npm, in dependency order. */
export const PUBLISHED = ['packages/model', 'packages/diagram', 'packages/import'] as const;

/** What the `kubegram` command needs besides those, installed in the same project (one install). */
export const COMMAND = ['packages/content', 'packages/slides', 'packages/site', 'packages/cli'] as const;

const workspace = resolve(import.meta.dirname, '../../..');

/** One packed package: its tarball and the files npm put in it. */
export interface Packed {
  name: string;
  tarball: string;
  files: string[];
}

/** A scratch project outside the workspace with the packed packages installed from their tarballs. */
export interface ConsumerProject {
  dir: string;
  packed: Packed[];
}

/** Packs the publishable packages (already built) and installs them into a fresh project in the temp dir. */
export async function createConsumerProject(): Promise<ConsumerProject> {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-consumer-'));
  const tarballs = join(dir, 'tarballs');
  await mkdir(tarballs);
  const pack = async (pkg: string): Promise<Packed> => {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tarballs], { cwd: join(workspace, pkg) });
    const [info] = JSON.parse(stdout) as { name: string; filename: string; files: { path: string }[] }[];
    return { name: info!.name, tarball: join(tarballs, info!.filename), files: info!.files.map((f) => f.path).sort() };
  };
  const packed: Packed[] = [];
  for (const pkg of PUBLISHED) packed.push(await pack(pkg));
  const command: Packed[] = [];
  for (const pkg of COMMAND) command.push(await pack(pkg));
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  const typescript = `typescript@${(await import('typescript/package.json', { with: { type: 'json' } })).default.version}`;
  await installInto(dir, [...packed.map((p) => p.tarball), ...command.map((p) => p.tarball), typescript]);
  return { dir, packed };
}

// An install that cannot reach the registry must fail in minutes with its cause, not retry for
// the rest of the run: npm's own defaults retry each request for minutes.
const INSTALL_TIMEOUT_MS = 240_000;
const NPM_NETWORK_FLAGS = ['--fetch-retries=1', '--fetch-retry-mintimeout=2000', '--fetch-retry-maxtimeout=10000', '--fetch-timeout=60000'];

// What an install failure usually means on a machine behind a TLS-inspecting proxy or offline.
const CAUSES: readonly (readonly [RegExp, string])[] = [
  [/SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_/, 'the registry\'s TLS certificate is not trusted: set NODE_EXTRA_CA_CERTS to the proxy\'s CA bundle (turbo.json passes it through to tasks)'],
  [/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network/i, 'the registry could not be reached: check HTTPS_PROXY/NO_PROXY and npm_config_registry'],
];

/** Installs packages into a scratch project, within a bounded time, failing with a message that names the likely cause. */
export async function installInto(dir: string, specs: readonly string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = INSTALL_TIMEOUT_MS): Promise<void> {
  const args = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...NPM_NETWORK_FLAGS, ...specs];
  try {
    await run('npm', args, { cwd: dir, env: { ...env, npm_config_workspaces: 'false' }, timeout: timeoutMs, killSignal: 'SIGKILL' });
  } catch (error) {
    const e = error as { killed?: boolean; stderr?: string; message?: string };
    const output = `${e.stderr ?? ''}${e.message ?? ''}`;
    const cause = e.killed
      ? `it did not finish within ${timeoutMs / 1000} s`
      : (CAUSES.find(([pattern]) => pattern.test(output))?.[1] ?? 'see npm\'s output below');
    throw new Error(`npm install of the packed packages into ${dir} failed: ${cause}\n${output.trim().split('\n').slice(-15).join('\n')}`);
  }
}

/**
 * A Node binary other than the workspace's pinned one, to prove the packages run on the oldest
 * supported Node (the machine's own, 20.x here); falls back to the current Node.
 */
/** The command an installed package names in its `bin`, as npm links it: `name` of the package `pkg` in `dir`. */
export function installedBin(dir: string, pkg: string, name = pkg): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return join(dir, 'node_modules', pkg, manifest.bin[name]!);
}

export function systemNode(): string {
  for (const entry of (process.env.PATH ?? '').split(delimiter)) {
    if (entry.includes('node_modules')) continue;
    const candidate = join(entry, 'node');
    if (existsSync(candidate)) return candidate;
  }
  return process.execPath;
}

/** Runs a command, resolving with its output whatever the exit code. */
export async function runCommand(file: string, args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(file, args, { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
