import type { FlowStep, Workload } from '@kubegram/model';
import { escapeText } from '../../mermaid/_escape.js';
import { highlightRuns, replicaGap, type Participant } from '../sequence/_mermaid.js';
import type { DiagramInput } from '../types.js';

/**
 * The reconcile story inside a `loop`; right after the controller compares, a note shows each
 * workload's desired and current replicas and what closing the gap takes.
 */
export function reconcileLines(steps: readonly FlowStep[], participants: readonly Participant[], input: DiagramInput): string[] {
  const compare = steps.findIndex((s) => s.from === s.to);
  const before = compare === -1 ? [] : steps.slice(0, compare + 1);
  const after = compare === -1 ? steps : steps.slice(compare + 1);
  const workloads = input.selection.elements.filter((e) => e.kind === 'workload').map((e) => e.ref as Workload);
  const judge = participants.find((p) => p.role === (before.at(-1)?.from ?? 'controller-manager')) ?? participants[0];
  const note = workloads.length > 0 && judge ? [`    Note over ${judge.id}: ${workloads.map((w) => escapeText(replicaGap(w))).join('<br>')}`] : [];
  return [
    `  loop ${escapeText('Forever, on every change to the desired or the current state')}`,
    ...highlightRuns(before, participants, input, '    '),
    ...note,
    ...highlightRuns(after, participants, input, '    '),
    '  end',
  ];
}
