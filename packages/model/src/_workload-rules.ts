import type { Problem } from './problem.js';
import type { RuleInput } from './_cluster-rules.js';

const error = (code: string, path: string, message: string): Problem => ({ code, path, message, severity: 'error' });

/** Replica counts add up, and only a CronJob has a schedule. */
export function workloadStates({ cluster }: RuleInput): Problem[] {
  return cluster.workloads.flatMap((w, i) => {
    const path = `workloads[${i}]`;
    const problems: Problem[] = [];
    if (w.replicas.ready !== undefined && w.replicas.ready > w.replicas.current) {
      problems.push(error('ready-above-current', `${path}.replicas.ready`, `workload "${w.id}" has ${w.replicas.ready} ready replicas but only ${w.replicas.current} current; ready counts a subset of current`));
    }
    if (w.schedule !== undefined && w.kind !== 'CronJob') problems.push(error('schedule-without-cronjob', `${path}.schedule`, `only a CronJob runs on a schedule, but workload "${w.id}" is a ${w.kind}; set kind: "CronJob" or remove schedule`));
    return problems;
  });
}

/** A ready pod is a running one, and a node lists each taint (key and effect) once. */
export function podAndNodeStates({ cluster }: RuleInput): Problem[] {
  return cluster.nodes.flatMap((n, i) => {
    const problems: Problem[] = [];
    const taints = new Set<string>();
    n.taints?.forEach((t, j) => {
      const key = `${t.key}:${t.effect}`;
      if (taints.has(key)) problems.push(error('duplicate-taint', `nodes[${i}].taints[${j}]`, `node "${n.id}" lists the taint ${key} twice; a key may appear once per effect`));
      taints.add(key);
    });
    n.pods.forEach((p, j) => {
      if (p.ready === true && p.phase !== undefined && p.phase !== 'Running') {
        problems.push(error('ready-pod-not-running', `nodes[${i}].pods[${j}].ready`, `pod "${p.id}" is ${p.phase}, so it cannot be ready; only a Running pod passes readiness checks`));
      }
    });
    return problems;
  });
}
