import type { StepRange } from '../diagrams/types.js';

/** Splits `count` steps into `parts` runs of consecutive steps, as even as they divide, the longer runs first. */
export function evenRuns(count: number, parts: number): StepRange[] {
  const runs: StepRange[] = [];
  let from = 1;
  for (let i = 0; i < parts; i++) {
    const size = Math.floor(count / parts) + (i < count % parts ? 1 : 0);
    runs.push({ from, to: from + size - 1 });
    from += size;
  }
  return runs;
}
