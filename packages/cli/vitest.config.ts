import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// The end-to-end tests spawn the real binary, so the bundle is built once before they run.
export default mergeConfig(shared, defineConfig({ test: { globalSetup: ['test/global-setup.ts'], testTimeout: 60_000 } }));
