import { describe, expect, it } from 'vitest';
import { bundleClient } from './bundle-client.ts';

describe('bundleClient', () => {
  it('bundles the client into one minified script under 20 KB gzipped', async () => {
    const bundle = await bundleClient();
    expect(bundle.code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(bundle.code).toContain('[data-kg-diagram]');
    expect(bundle.code.split('\n').length).toBeLessThanOrEqual(3);
    expect(bundle.gzipBytes).toBeGreaterThan(0);
    expect(bundle.gzipBytes).toBeLessThan(20 * 1024);
  });
});
