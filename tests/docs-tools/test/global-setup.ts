import type { TestProject } from 'vitest/node';
import { packPlugins } from './_project.js';

declare module 'vitest' {
  export interface ProvidedContext {
    tarballs: string[];
  }
}

/** Packs the plugins once for every tool's test file. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('tarballs', await packPlugins());
}
