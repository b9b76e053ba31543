import { toId } from './_node-info.js';

const CONTROLLERS = ['node', 'replication', 'endpoints', 'service-account', 'token', 'deployment', 'job', 'namespace'];
const CLOUD_CONTROLLERS = ['node', 'route', 'service'];
const NODE_KINDS = ['apiserver', 'scheduler', 'controller-manager', 'cloud-controller-manager', 'etcd', 'kubelet', 'kube-proxy', 'container-runtime'];

/** Model ids handed out once each, from Kubernetes names. */
export type Ids = ReturnType<typeof createIds>;

/** A source of model ids unique against `initial` and every id it gave before. */
export function createIds(initial: string[]) {
  const taken = new Set(initial);
  return {
    /** A fresh model id from a Kubernetes name, qualified by its namespace when the name is taken. */
    take(name: string, qualifier?: string): string {
      const stem = toId(name).slice(0, 240);
      let id = stem;
      if (taken.has(id) && qualifier !== undefined) id = toId(`${name}.${qualifier}`).slice(0, 240);
      for (let i = 2; taken.has(id); i++) id = `${stem}-${i}`;
      taken.add(id);
      return id;
    },
    reserve(id: string): void {
      taken.add(id);
    },
  };
}

/** The model names components and their controllers after their node; no pod may take those ids. */
export function reserveComponents(ids: Ids, nodeId: string): void {
  for (const kind of NODE_KINDS) ids.reserve(`${nodeId}-${kind}`);
  for (const k of CONTROLLERS) ids.reserve(`${nodeId}-controller-manager-${k}`);
  for (const k of CLOUD_CONTROLLERS) ids.reserve(`${nodeId}-cloud-controller-manager-${k}`);
}

