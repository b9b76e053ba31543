import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('@kubegram/import', () => {
  it('bundles for browsers: nothing reachable from its main entry needs Node', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('index.ts', import.meta.url))],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      conditions: ['@kubegram/source'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(result.errors).toEqual([]);
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:|\bprocess\.|\bBuffer\./);
    expect(code).toContain('createImporter');
  });
});
