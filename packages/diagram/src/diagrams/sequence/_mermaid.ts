import { elementsOf, FLOW_ROLES, type ClusterElement, type FlowRole, type FlowStep, type Workload } from '@kubegram/model';
import { escapeText } from '../../mermaid/_escape.js';
import { rgb } from '../../mermaid/_header.js';
import type { DiagramInput } from '../types.js';

// What a role is called when the cluster has no element playing it (a model without kubectl, say):
// the story is Kubernetes' own and still happens.
const ROLE_LABELS: Readonly<Record<FlowRole, string>> = {
  kubectl: 'kubectl',
  apiserver: 'kube-apiserver',
  etcd: 'etcd',
  'controller-manager': 'kube-controller-manager',
  scheduler: 'kube-scheduler',
  kubelet: 'kubelet',
  'container-runtime': 'container runtime',
};

/** The prefix of the Mermaid-id keys of story roles, kept apart from element ids. */
export const ROLE_PREFIX = 'role ';

/** A participant of a story: the role, the element playing it (if any) and its Mermaid id. */
export interface Participant {
  role: FlowRole;
  element?: ClusterElement;
  id: string;
}

/** The participants of a story, in stage order; a role no element plays gets the id of the role itself. */
export function participantsOf(steps: readonly FlowStep[], input: DiagramInput): Participant[] {
  const roles = FLOW_ROLES.filter((role) => steps.some((s) => s.from === role || s.to === role));
  return roles.map((role) => {
    const element = input.selection.participants[role];
    return element ? { role, element, id: input.ids.get(element.id) as string } : { role, id: input.ids.get(`${ROLE_PREFIX}${role}`) as string };
  });
}

/**
 * The participant declarations: kubectl as a person, the rest as boxes, grouped into a coloured
 * `box` per node so a reader sees which machine each process runs on.
 */
export function participantLines(participants: readonly Participant[], input: DiagramInput): string[] {
  const byId = new Map(elementsOf(input.cluster).map((e) => [e.id, e]));
  const hostOf = (p: Participant) => {
    const host = p.element?.parent === undefined ? undefined : byId.get(p.element.parent);
    return host && (host.kind === 'control-plane-node' || host.kind === 'worker-node') ? host : undefined;
  };
  // Participants of one node stand together, the node placed where its first participant stands.
  const groups: { host?: ClusterElement; members: Participant[] }[] = [];
  for (const p of participants) {
    const host = hostOf(p);
    const group = host && groups.find((g) => g.host?.id === host.id);
    if (group) group.members.push(p);
    else groups.push({ ...(host ? { host } : {}), members: [p] });
  }
  const declare = (p: Participant, pad: string) => {
    const keyword = p.role === 'kubectl' ? 'actor' : 'participant';
    return `${pad}${keyword} ${p.id} as ${escapeText(p.element?.label ?? ROLE_LABELS[p.role])}`;
  };
  return groups.flatMap(({ host, members }) => {
    if (!host) return members.map((p) => declare(p, '  '));
    const colour = rgb(input.theme.kinds[host.kind].fill);
    return [`  box ${colour} ${escapeText(host.label)}`, ...members.map((p) => declare(p, '    ')), '  end'];
  });
}

/** One message line; a reply is drawn dashed, as Mermaid readers expect of an answer. */
export function messageLine(step: FlowStep, idOf: (role: FlowRole) => string, pad: string): string {
  const arrow = step.reply === true ? '-->>' : '->>';
  return `${pad}${idOf(step.from)}${arrow}${idOf(step.to)}: ${escapeText(step.message)}`;
}

/**
 * Wraps the runs of messages that involve a highlighted participant in a highlight-coloured
 * `rect`, the one emphasis a sequence diagram offers.
 */
export function highlightRuns(steps: readonly FlowStep[], participants: readonly Participant[], input: DiagramInput, pad: string): string[] {
  const idOf = (role: FlowRole) => participants.find((p) => p.role === role)?.id as string;
  const lit = (role: FlowRole) => {
    const el = participants.find((p) => p.role === role)?.element;
    return el !== undefined && input.highlight.has(el.id);
  };
  const lines: string[] = [];
  let open = false;
  for (const step of steps) {
    const on = lit(step.from) || lit(step.to);
    if (on && !open) lines.push(`${pad}rect ${rgb(input.theme.highlight, 0.25)}`);
    if (!on && open) lines.push(`${pad}end`);
    open = on;
    lines.push(messageLine(step, idOf, open ? `${pad}  ` : pad));
  }
  if (open) lines.push(`${pad}end`);
  return lines;
}

/** A workload's two sides, and what its controller does about the difference. */
export function replicaGap(w: Workload): string {
  const { desired, current } = w.replicas;
  const gap = desired - current;
  const action = gap > 0 ? `create ${gap} Pod${gap === 1 ? '' : 's'}` : gap < 0 ? `delete ${-gap} Pod${gap === -1 ? '' : 's'}` : 'in sync, nothing to do';
  return `${w.label} (${w.kind}): desired ${desired}, current ${current}, ${action}`;
}
