import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The browser and PDF tests start Chromium and walk every built deck: give them room on a small machine.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 90_000, hookTimeout: 120_000 } }));
