import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the "@kubegram/source" condition, so
// tests run against the code as written with no build in between. The name is the project's own so
// that no consumer's tooling ever picks those (unpublished) source paths.
export default defineConfig({
  resolve: { conditions: ['@kubegram/source'] },
  ssr: { resolve: { conditions: ['@kubegram/source'] } },
  test: {
    // turbo runs several packages' suites at once on two cores; a slow moment is not a failure.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
