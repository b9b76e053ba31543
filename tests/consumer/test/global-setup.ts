import type { TestProject } from 'vitest/node';
import { createConsumerProject, type ConsumerProject } from './_project.js';

declare module 'vitest' {
  export interface ProvidedContext {
    consumer: ConsumerProject;
  }
}

/** Packs and installs once for every test file: the install is the slow part. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('consumer', await createConsumerProject());
}
