import type { WorkloadSpec } from '@kubegram/model';
import type { Collected } from './_collect.js';
import type { Ids } from './_ids.js';
import type { PodRecord, WorkloadRecord } from './_records.js';

/** A workload as the model will hold it, keyed by namespace, kind and name. */
export interface WorkloadEntry {
  key: string;
  spec: WorkloadSpec & { replicas: { desired: number; current: number } };
  /** Whether a workload object stated the desired count (then pods do not add to it). */
  stated: boolean;
}

const MODEL_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job']);

/**
 * Folds owners the way Kubernetes builds them: a ReplicaSet owned by a Deployment is that
 * Deployment (its ReplicaSet named `web-6d4cf56db6` is an implementation detail), a Job owned by a
 * CronJob is one run of it. Without the owner objects, the pod-template-hash label still tells a
 * Deployment's ReplicaSet, and the scheduled minute at the end of its name a CronJob's Job.
 */
export function createOwnerResolver(objects: readonly WorkloadRecord[]) {
  const byKey = new Map<string, WorkloadRecord>();
  for (const o of objects) byKey.set(`${o.namespace}/${o.kind}/${o.name}`, o);
  const fold = (namespace: string, kind: string, name: string, hash?: string): { kind: string; name: string } => {
    const object = byKey.get(`${namespace}/${kind}/${name}`);
    const own = object?.owner;
    if (kind === 'ReplicaSet' && own?.kind === 'Deployment') return { kind: 'Deployment', name: own.name };
    if (kind === 'Job' && own?.kind === 'CronJob') return { kind: 'CronJob', name: own.name };
    if (object === undefined) {
      // Without the owner object its name still tells: a Deployment's ReplicaSet ends in the
      // pod-template-hash, a CronJob's Job in the minute it was scheduled for.
      if (kind === 'ReplicaSet' && hash !== undefined && name.endsWith(`-${hash}`)) return { kind: 'Deployment', name: name.slice(0, -hash.length - 1) };
      const run = kind === 'Job' ? cronJobRun(name) : undefined;
      if (run !== undefined) return { kind: 'CronJob', name: run };
    }
    return { kind, name };
  };
  return {
    /** The workload a pod belongs to, or undefined for pods of no workload the model knows. */
    ofPod(pod: PodRecord): { kind: string; name: string } | undefined {
      if (pod.owner === undefined) return undefined;
      const owner = fold(pod.namespace, pod.owner.kind, pod.owner.name, pod.labels['pod-template-hash']);
      return MODEL_KINDS.has(owner.kind) || owner.kind === 'CronJob' ? owner : undefined;
    },
    /** The workload an object stands for, or undefined when it folds into its owner. */
    ofObject(o: WorkloadRecord): { kind: string; name: string } | undefined {
      const owner = fold(o.namespace, o.kind, o.name);
      return owner.kind === o.kind && owner.name === o.name ? owner : undefined;
    },
  };
}

// The CronJob controller names each Job `<cronjob>-<scheduled time in minutes since 1970>`: eight
// digits from 2009 to 2160. Without the Job object, that name still tells a run.
function cronJobRun(job: string): string | undefined {
  const m = /^(.+)-(\d{8})$/.exec(job);
  if (m === null) return undefined;
  const minutes = Number(m[2]);
  return minutes >= 20_000_000 && minutes <= 99_999_999 ? m[1] : undefined;
}

/** The model's workloads from pods' owners and workload objects. */
// Pods that are node components (kube-proxy's DaemonSet) are drawn as components, not as a workload.
export function workloadsOf(c: Collected, componentPods: Set<PodRecord>, ids: Ids) {
  const resolver = createOwnerResolver(c.workloads);
  const entries = new Map<string, WorkloadEntry>();
  const entry = (namespace: string, owner: { kind: string; name: string }): WorkloadEntry => {
    const key = `${namespace}/${owner.kind}/${owner.name}`;
    let e = entries.get(key);
    if (e === undefined) {
      e = {
        key,
        stated: false,
        spec: {
          id: ids.take(owner.name, namespace),
          kind: owner.kind as 'Job',
          ...(namespace === 'default' ? {} : { namespace }),
          replicas: { desired: 0, current: 0 },
        },
      };
      entries.set(key, e);
    }
    return e;
  };
  const podWorkload = new Map<PodRecord, string>();
  const componentOwners = new Set<string>();
  for (const pod of c.pods) {
    const owner = resolver.ofPod(pod);
    if (owner === undefined) continue;
    if (componentPods.has(pod)) {
      componentOwners.add(`${pod.namespace}/${owner.kind}/${owner.name}`);
      continue;
    }
    const e = entry(pod.namespace, owner);
    e.spec.replicas.desired += 1;
    if (pod.phase === 'Running' || pod.phase === 'Succeeded') e.spec.replicas.current += 1;
    podWorkload.set(pod, e.spec.id);
  }
  // Workload objects (manifests, `kubectl get all`) know their desired and ready counts.
  for (const o of c.workloads) {
    const owner = resolver.ofObject(o);
    if (owner === undefined || componentOwners.has(`${o.namespace}/${owner.kind}/${owner.name}`)) continue;
    const e = entry(o.namespace, owner);
    if (o.desired !== undefined) e.spec.replicas.desired = o.desired;
    if (o.current !== undefined) e.spec.replicas.current = o.current;
    // A snapshot taken mid-rollout may count more ready than current; ready is a part of current.
    if (o.ready !== undefined) e.spec.replicas.ready = Math.min(o.ready, e.spec.replicas.current);
    if (o.kind === 'CronJob' && o.schedule !== undefined) e.spec.schedule = o.schedule;
    if (o.suspended && (o.kind === 'CronJob' || o.kind === 'Job')) e.spec.suspended = true;
  }
  return { list: [...entries.values()], ofPod: (pod: PodRecord) => podWorkload.get(pod) };
}
