import type { ClusterElement, ElementKind, Node, Pod, Service, Workload } from '@kubegram/model';

/** How a box tells trouble: `warning` for what still works (pending, cordoned, tainted), `failure` for what failed. */
export type BoxState = 'warning' | 'failure';

/** What a box says beyond its element's label, and the state its outline shows. */
export interface Status {
  label: string;
  state?: BoxState;
}

type Reader = (e: ClusterElement) => Status;

// A running, ready pod and a schedulable node say nothing more, so the pictures of healthy
// clusters stay as they were; trouble is said in words as well as in colour.
const podStatus: Reader = (e) => {
  const pod = e.ref as Pod;
  if (pod.phase === 'Failed') return { label: `${e.label} · Failed`, state: 'failure' };
  if (pod.phase === 'Pending' || pod.phase === 'Unknown') return { label: `${e.label} · ${pod.phase}`, state: 'warning' };
  if (pod.phase === 'Running' && pod.ready === false) return { label: `${e.label} · not ready`, state: 'warning' };
  return { label: e.label };
};

const nodeStatus: Reader = (e) => {
  const node = e.ref as Node;
  // Most nodes are neither cordoned nor tainted: they say nothing more, and build no lists to say it.
  if (node.cordoned !== true && (node.taints === undefined || node.taints.length === 0)) return { label: e.label };
  const cues: string[] = [];
  if (node.cordoned === true) cues.push('cordoned');
  const hard = (node.taints ?? []).filter((t) => t.effect !== 'PreferNoSchedule');
  // The control plane's own taint is how every kubeadm control plane looks, not trouble.
  const odd = hard.filter((t) => !(node.role === 'control-plane' && t.key === 'node-role.kubernetes.io/control-plane'));
  if (odd.length > 0) cues.push(`tainted ${odd.map((t) => `${t.key}:${t.effect}`).join(', ')}`);
  return cues.length === 0 ? { label: e.label } : { label: `${e.label} · ${cues.join(' · ')}`, state: 'warning' };
};

// A workload says how many replicas it wants and how many are ready; short of ready, a warning.
const workloadStatus: Reader = (e) => {
  const w = e.ref as Workload;
  if (w.kind === 'CronJob') return { label: `${e.label} · CronJob ${w.schedule ?? ''}${w.suspended === true ? ' · suspended' : ''}`.trimEnd() };
  const ready = w.replicas.ready ?? w.replicas.current;
  const counts = `${e.label} · ${w.kind} · ${ready}/${w.replicas.desired} ready`;
  return ready < w.replicas.desired ? { label: counts, state: 'warning' } : { label: counts };
};

// A service names its type and its ports, as `port→targetPort`.
const serviceStatus: Reader = (e) => {
  const s = e.ref as Service;
  const ports = (s.ports ?? []).map((p) => `${p.port}${p.targetPort === undefined || p.targetPort === p.port ? '' : `→${p.targetPort}`}${p.nodePort === undefined ? '' : ` node ${p.nodePort}`}${p.protocol === undefined || p.protocol === 'TCP' ? '' : `/${p.protocol}`}`);
  const type = s.headless === true ? 'headless' : s.type;
  return { label: `${e.label} · ${type}${ports.length > 0 ? ` · ${ports.join(', ')}` : ''}` };
};

/** What each kind adds to its label; kinds not listed show their label alone. */
const READERS: Partial<Record<ElementKind, Reader>> = {
  pod: podStatus,
  'worker-node': nodeStatus,
  'control-plane-node': nodeStatus,
  workload: workloadStatus,
  service: serviceStatus,
};

/** The label a box shows for an element and the state its outline shows. */
export function statusOf(e: ClusterElement): Status {
  return READERS[e.kind]?.(e) ?? { label: e.label };
}

/**
 * An element's status, read once for all the levels of detail that share `statuses`: the same
 * label strings come back, and the measure cache finds them without hashing new ones.
 */
export function statusOnce(e: ClusterElement, statuses: Map<string, Status>): Status {
  let status = statuses.get(e.id);
  if (status === undefined) {
    status = statusOf(e);
    // Only a new label needs keeping: an element that says nothing more gives back its own label.
    if (status.label !== e.label) statuses.set(e.id, status);
  }
  return status;
}
