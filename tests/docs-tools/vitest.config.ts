import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each tool is installed from the registry into its own project, then builds a real site.
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
