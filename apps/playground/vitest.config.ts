import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The browser test starts Chromium once and drives one page through every control: give it room on a small machine.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 60_000, hookTimeout: 90_000 } }));
