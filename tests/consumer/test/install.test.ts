import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installInto } from './_project.js';

const workspace = resolve(import.meta.dirname, '../../..');

// What npm needs to reach a registry behind a TLS-inspecting proxy; turbo's strict environment
// mode hands a task none of it unless turbo.json passes it through.
const REGISTRY_SETTINGS = ['NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'https_proxy', 'npm_config_cache', 'npm_config_registry'];

const matches = (pattern: string, name: string) =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name;

describe('installing packages from a task', () => {
  it('turbo passes the registry, proxy and certificate settings through to every task', async () => {
    const turbo = JSON.parse(await readFile(join(workspace, 'turbo.json'), 'utf8')) as { globalPassThroughEnv?: string[] };
    const passed = turbo.globalPassThroughEnv ?? [];
    expect(REGISTRY_SETTINGS.filter((name) => !passed.some((p) => matches(p, name)))).toEqual([]);
  });

  it('fails within seconds, naming the cause, when the registry cannot be reached', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-install-'));
    await writeFile(join(dir, 'package.json'), '{"name":"scratch","private":true}\n');
    const started = Date.now();
    const env = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: join(dir, 'cache') };
    await expect(installInto(dir, ['left-pad@1.3.0'], env)).rejects.toThrow(/npm install of the packed packages into .* failed: the registry could not be reached/);
    expect(Date.now() - started).toBeLessThan(120_000);
  });
});
