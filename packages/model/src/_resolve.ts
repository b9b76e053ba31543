import type { z } from 'zod';
import type { Actor } from './actor.js';
import type { Cluster } from './cluster.js';
import type { Component, RuntimeName } from './component.js';
import type { Node } from './node.js';
import type { Container, Pod } from './pod.js';
import type { CloudControllerSpec, ClusterSpec, ComponentSpec, ContainerSpec, ControllerSpec, NodeSpec, PodSpec } from './spec.js';
import {
  ACTOR_TEXT,
  CLOUD_CONTROLLER_TEXT,
  COMPONENT_TEXT,
  CONTROLLER_TEXT,
  DEFAULT_CLOUD_CONTROLLERS,
  DEFAULT_CONTROLLERS,
  NODE_TEXT,
  RUNTIME_TEXT,
  SERVICE_TEXT,
  WORKLOAD_TEXT,
} from './_defaults.js';

type SpecOut = z.output<typeof ClusterSpec>;
type NodeOut = z.output<typeof NodeSpec>;
type ComponentOut = z.output<typeof ComponentSpec>;
type PodOut = z.output<typeof PodSpec>;
type ContainerOut = z.output<typeof ContainerSpec>;

/**
 * Fills in what the authoring format leaves out. Resolving a resolved cluster changes nothing,
 * which is what lets a model survive serialize -> parse unchanged.
 */
export function resolveCluster(spec: SpecOut): Cluster {
  const topology = spec.etcd?.topology ?? 'stacked';
  const actors: Actor[] = (spec.actors ?? []).map((a) => ({
    id: a.id,
    kind: a.kind,
    label: a.label ?? ACTOR_TEXT[a.kind].label,
    description: a.description ?? ACTOR_TEXT[a.kind].description,
  }));
  if (spec.cloud && !actors.some((a) => a.kind === 'cloud-provider')) {
    actors.push({
      id: 'cloud-provider-api',
      kind: 'cloud-provider',
      label: `${spec.cloud.provider} API`,
      description: ACTOR_TEXT['cloud-provider'].description,
    });
  }
  const cluster: Cluster = {
    ...(spec.$schema === undefined ? {} : { $schema: spec.$schema }),
    id: spec.id,
    label: spec.label ?? spec.id,
    description: spec.description ?? `The ${spec.label ?? spec.id} Kubernetes cluster.`,
    ...(spec.cloud === undefined ? {} : { cloud: spec.cloud }),
    etcd: {
      topology,
      members: (spec.etcd?.members ?? []).map((m) => ({
        id: m.id,
        kind: 'etcd' as const,
        label: m.label ?? m.id,
        description: m.description ?? 'A member of the external etcd cluster that stores the state of the cluster.',
      })),
    },
    nodes: spec.nodes.map((n) => resolveNode(n, { cloud: spec.cloud !== undefined, stackedEtcd: topology === 'stacked' })),
    ...resolveNamespaces(spec),
    workloads: (spec.workloads ?? []).map((w) => ({
      ...w,
      label: w.label ?? w.id,
      description: w.description ?? WORKLOAD_TEXT[w.kind],
    })),
    ...resolveServices(spec),
    actors,
    relations: spec.relations ?? [],
  };
  return cluster;
}

// Absent collections stay absent, so models written before them resolve as they always did.
function resolveNamespaces(spec: SpecOut): Pick<Cluster, 'namespaces'> {
  if (spec.namespaces === undefined) return {};
  return { namespaces: spec.namespaces.map((n) => ({ ...n, label: n.label ?? n.id, description: n.description ?? `The ${n.id} namespace.` })) };
}

function resolveServices(spec: SpecOut): Pick<Cluster, 'services' | 'ingresses'> {
  return {
    ...(spec.services === undefined
      ? {}
      : {
          services: spec.services.map((sv) => {
            const type = sv.type ?? 'ClusterIP';
            return { ...sv, type, label: sv.label ?? sv.name ?? sv.id, description: sv.description ?? SERVICE_TEXT[type] };
          }),
        }),
    ...(spec.ingresses === undefined
      ? {}
      : {
          ingresses: spec.ingresses.map((i) => ({
            ...i,
            label: i.label ?? i.name ?? i.id,
            description: i.description ?? 'An Ingress: HTTP routes from outside the cluster to services, served by an ingress controller.',
          })),
        }),
  };
}

function resolveNode(n: NodeOut, ctx: { cloud: boolean; stackedEtcd: boolean }): Node {
  const { runtime, components, pods, ...rest } = n;
  const specs = components ?? defaultComponents(n, ctx, runtime ?? 'containerd');
  return {
    ...rest,
    label: n.label ?? n.id,
    description: n.description ?? NODE_TEXT[n.role],
    components: specs.map((c) => resolveComponent(c, n.id)),
    pods: (pods ?? []).map(resolvePod),
  };
}

function defaultComponents(n: NodeOut, ctx: { cloud: boolean; stackedEtcd: boolean }, runtime: RuntimeName): ComponentOut[] {
  const out: ComponentOut[] = [];
  if (n.role === 'control-plane') {
    out.push({ kind: 'apiserver' }, { kind: 'scheduler' }, { kind: 'controller-manager' });
    if (ctx.cloud) out.push({ kind: 'cloud-controller-manager' });
    if (ctx.stackedEtcd) out.push({ kind: 'etcd' });
  }
  if (n.role === 'worker' || n.schedulable === true) {
    out.push({ kind: 'kubelet' }, { kind: 'kube-proxy' }, { kind: 'container-runtime', runtime });
  }
  return out;
}

function resolveComponent(c: ComponentOut, nodeId: string): Component {
  const id = c.id ?? `${nodeId}-${c.kind}`;
  const text = COMPONENT_TEXT[c.kind];
  const base = { id, label: c.label ?? text.label, description: c.description ?? text.description };
  switch (c.kind) {
    case 'controller-manager':
      return {
        ...c,
        ...base,
        controllers: (c.controllers ?? DEFAULT_CONTROLLERS.map((kind): ControllerSpec => ({ kind }))).map((k) => ({
          id: k.id ?? `${id}-${k.kind}`,
          kind: k.kind,
          label: k.label ?? CONTROLLER_TEXT[k.kind].label,
          description: k.description ?? CONTROLLER_TEXT[k.kind].description,
        })),
      };
    case 'cloud-controller-manager':
      return {
        ...c,
        ...base,
        controllers: (c.controllers ?? DEFAULT_CLOUD_CONTROLLERS.map((kind): CloudControllerSpec => ({ kind }))).map((k) => ({
          id: k.id ?? `${id}-${k.kind}`,
          kind: k.kind,
          label: k.label ?? CLOUD_CONTROLLER_TEXT[k.kind].label,
          description: k.description ?? CLOUD_CONTROLLER_TEXT[k.kind].description,
        })),
      };
    case 'container-runtime': {
      const runtime = c.runtime ?? 'containerd';
      return {
        ...c,
        runtime,
        id,
        label: c.label ?? RUNTIME_TEXT[runtime].label,
        description: c.description ?? RUNTIME_TEXT[runtime].description,
      };
    }
    default:
      return { ...c, ...base };
  }
}

function resolvePod(p: PodOut): Pod {
  const taken = new Set<string>();
  const { volumes, initContainers, ...rest } = p;
  return {
    ...rest,
    label: p.label ?? p.id,
    description:
      p.description ??
      `Pod ${p.id}: ${p.containers.length === 1 ? 'one container' : `${p.containers.length} containers`} sharing one network address${p.volumes?.length ? ' and its volumes' : ''}.`,
    containers: p.containers.map((c) => resolveContainer(c, p.id, taken)),
    // After the containers, so that adding init containers never renames a container.
    ...(initContainers === undefined ? {} : { initContainers: initContainers.map((c) => resolveContainer(c, p.id, taken)) }),
    ...(volumes === undefined
      ? {}
      : { volumes: volumes.map((v) => ({ ...v, label: v.label ?? v.id, description: v.description ?? `A ${v.type} volume.` })) }),
  };
}

function resolveContainer(c: ContainerOut, podId: string, taken: Set<string>): Container {
  const name = imageName(c.image);
  let id = c.id;
  if (id === undefined) {
    const stem = `${podId}-${name}`;
    id = stem;
    for (let i = 2; taken.has(id); i++) id = `${stem}-${i}`;
  }
  taken.add(id);
  return {
    ...c,
    id,
    label: c.label ?? name,
    description: c.description ?? `A container running the image ${c.image}.`,
  };
}

/** "registry.example.com/team/web-app:1.2@sha256:..." -> "web-app", made safe for an id. */
function imageName(image: string): string {
  const last = image.split('@')[0]!.split('/').pop() ?? image;
  const bare = last.split(':')[0] ?? last;
  const safe = bare.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return safe === '' ? 'container' : safe;
}
