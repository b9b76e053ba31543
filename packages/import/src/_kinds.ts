import type { DaemonSetStatus } from 'kubernetes-types/apps/v1.js';
import type { Event, NodeSpec, NodeStatus, PodSpec } from 'kubernetes-types/core/v1.js';
import type { ObjectMeta } from 'kubernetes-types/meta/v1.js';
import { obj, str, view, type Loose } from './_values.js';

// Old dumps carry selfLink ("/api/v1/namespaces/x/pods/y"): the resource names the kind.
const RESOURCES: Record<string, string> = {
  nodes: 'Node',
  pods: 'Pod',
  services: 'Service',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  jobs: 'Job',
  cronjobs: 'CronJob',
  ingresses: 'Ingress',
  events: 'Event',
  endpoints: 'Endpoints',
  configmaps: 'ConfigMap',
  namespaces: 'Namespace',
};

/**
 * The kind of an object that does not state one, as client-go dumps, support bundles and items of
 * typed lists print them: from the list (`NodeList` holds Nodes), the selfLink, the folder the file
 * sits in (`nodes/`, `pods/`), or the object's shape. Undefined when nothing tells.
 */
export function inferKind(value: Loose<Event> & Record<string, unknown>, listKind: string | undefined, file: string): string | undefined {
  if (listKind !== undefined && listKind !== 'List' && listKind.endsWith('List')) return listKind.slice(0, -4);
  const metadata = view<ObjectMeta>(value.metadata);
  const link = /\/(?:namespaces\/[^/]+\/)?([a-z]+)\/[^/]+$/.exec(str(metadata?.selfLink) ?? '')?.[1];
  if (link !== undefined && RESOURCES[link] !== undefined) return RESOURCES[link];
  const spec = view<PodSpec & NodeSpec>(value.spec);
  const status = view<NodeStatus & DaemonSetStatus>(value.status);
  if (Array.isArray(spec?.containers)) return 'Pod';
  if (obj(status?.nodeInfo) !== undefined || str(spec?.providerID) !== undefined || str(spec?.podCIDR) !== undefined) return 'Node';
  if (status?.desiredNumberScheduled !== undefined) return 'DaemonSet';
  if (obj(value.involvedObject) !== undefined) return 'Event';
  const folder = /(?:^|[/\\])(nodes?|pods?|services?|deployments?|daemonsets?|statefulsets?|replicasets?|jobs?|cronjobs?)[/\\][^/\\]*$/i.exec(file)?.[1]?.toLowerCase();
  if (folder !== undefined) return RESOURCES[folder.endsWith('s') ? folder : `${folder}s`];
  return undefined;
}
