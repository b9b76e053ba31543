import type { ElementKind } from '@kubegram/model';

/** The boxes outside the cluster, counted and sized: kubectl on the left, the rest on the right. */
export interface ActorTally {
  n: number;
  kubectl: number;
  kubectlW: number;
  rest: number;
  restW: number;
  h: number;
}

/** Counts sized actors as a bound needs them: how many on each side, the widest on each, the tallest. */
export function tallyActors(sized: Iterable<{ kind: ElementKind; w: number; h: number }>): ActorTally {
  const actors = { n: 0, kubectl: 0, kubectlW: 0, rest: 0, restW: 0, h: 0 };
  for (const a of sized) {
    actors.n++;
    actors.h = Math.max(actors.h, a.h);
    if (a.kind === 'kubectl') {
      actors.kubectl++;
      actors.kubectlW = Math.max(actors.kubectlW, a.w);
    } else {
      actors.rest++;
      actors.restW = Math.max(actors.restW, a.w);
    }
  }
  return actors;
}
