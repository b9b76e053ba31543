import type { Problem } from './problem.js';
import type { RuleInput } from './_cluster-rules.js';

const error = (code: string, path: string, message: string): Problem => ({ code, path, message, severity: 'error' });

/** Everything that names a namespace, with where it sits in the model. */
function namespaced({ cluster }: RuleInput): { path: string; namespace: string; kind: string; name: string }[] {
  const out: { path: string; namespace: string; kind: string; name: string }[] = [];
  cluster.nodes.forEach((n, i) => n.pods.forEach((p, j) => out.push({ path: `nodes[${i}].pods[${j}]`, namespace: p.namespace ?? 'default', kind: 'pod', name: p.id })));
  cluster.workloads.forEach((w, i) => out.push({ path: `workloads[${i}]`, namespace: w.namespace ?? 'default', kind: 'workload', name: w.id }));
  cluster.services?.forEach((s, i) => out.push({ path: `services[${i}]`, namespace: s.namespace ?? 'default', kind: 'service', name: s.id }));
  cluster.ingresses?.forEach((g, i) => out.push({ path: `ingresses[${i}]`, namespace: g.namespace ?? 'default', kind: 'ingress', name: g.id }));
  return out;
}

/** Namespaces are listed once each, and once listed, every namespaced object names one of them. */
export function namespaces(input: RuleInput): Problem[] {
  const list = input.cluster.namespaces;
  if (list === undefined || list.length === 0) return [];
  const problems: Problem[] = [];
  const declared = new Set<string>();
  list.forEach((ns, i) => {
    if (declared.has(ns.id)) problems.push(error('duplicate-namespace', `namespaces[${i}].id`, `expected each namespace once, but "${ns.id}" is listed again`));
    declared.add(ns.id);
  });
  const example = [...declared][0]!;
  for (const o of namespaced(input)) {
    if (!declared.has(o.namespace)) {
      problems.push(
        error('unknown-namespace', `${o.path}.namespace`, `${o.kind} "${o.name}" is in namespace "${o.namespace}", which is not in namespaces; add { id: "${o.namespace}" } to namespaces or use one listed, such as "${example}"`),
      );
    }
  }
  return problems;
}
