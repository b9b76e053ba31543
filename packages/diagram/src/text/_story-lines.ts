import type { ViewSelection, Workload } from '@kubegram/model';

/**
 * A story as numbered messages, one a line: who sends what to whom, replies marked. Steps whose
 * roles no element of the cluster plays are left out, as in the pictures; a loop's steps repeat,
 * and after its compare step come the workloads' desired and current replicas.
 */
export function storyLines(selection: ViewSelection, loop: boolean): string[] {
  const steps = selection.view.steps ?? [];
  const label = (role: keyof ViewSelection['participants']) => selection.participants[role]?.label;
  const played = steps.map((s, i) => ({ s, n: i + 1, from: label(s.from), to: label(s.to) })).filter((p) => p.from !== undefined && p.to !== undefined);
  const pad = String(steps.length).length;
  const workloads = selection.elements.filter((e) => e.kind === 'workload').map((e) => e.ref as Workload);
  const lines: string[] = loop ? ['Repeats forever, on every change to the desired or the current state:'] : [];
  for (const { s, n, from, to } of played) {
    const arrow = s.reply === true ? '⇠' : '→';
    const who = s.from === s.to ? `${from}` : s.reply === true ? `${to} ${arrow} ${from}` : `${from} ${arrow} ${to}`;
    lines.push(`${String(n).padStart(pad)}. ${who}: ${s.message}`);
    if (loop && s.from === s.to) for (const w of workloads) lines.push(`${' '.repeat(pad + 2)}${w.label} (${w.kind}): want ${w.replicas.desired}, have ${w.replicas.current}`);
  }
  return lines;
}
