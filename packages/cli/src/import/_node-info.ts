import type { RuntimeName } from '@kubegram/model';

const RUNTIMES: Record<string, RuntimeName> = { containerd: 'containerd', 'cri-o': 'cri-o', docker: 'docker' };

/** `containerd://1.7.22` -> containerd 1.7.22; unknown runtimes give undefined. */
export function parseRuntime(value: string | undefined): { runtime: RuntimeName; version?: string } | undefined {
  const match = /^([a-z-]+):\/\/(.*)$/.exec(value ?? '');
  const runtime = match ? RUNTIMES[match[1]!] : undefined;
  if (!match || runtime === undefined) return undefined;
  return match[2] ? { runtime, version: match[2] } : { runtime };
}

const UNITS: [string, number][] = [
  ['Ti', 2 ** 40],
  ['Gi', 2 ** 30],
  ['Mi', 2 ** 20],
];
const SUFFIX: Record<string, number> = { '': 1, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, k: 1e3, M: 1e6, G: 1e9, T: 1e12 };

// The kubelet reports memory in Ki ("16331164Ki"); a diagram reads better as "15.6Gi".
/** A memory quantity in the largest binary unit that keeps at least one whole unit, one decimal at most. */
export function readableMemory(value: string): string | undefined {
  const match = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|M|G|T)?$/.exec(value);
  if (!match) return undefined;
  const bytes = Number(match[1]) * SUFFIX[match[2] ?? '']!;
  for (const [unit, size] of UNITS) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))}${unit}`;
  }
  return value;
}

const PROVIDERS: Record<string, string> = {
  aws: 'aws',
  gce: 'gcp',
  azure: 'azure',
  digitalocean: 'digitalocean',
  openstack: 'openstack',
  vsphere: 'vsphere',
  hcloud: 'hetzner',
  linode: 'linode',
  oci: 'oracle',
  ibm: 'ibm',
  alicloud: 'alibaba',
};

/** The cloud of a node's `spec.providerID` (`aws:///eu-west-1a/i-0abc` -> aws); local clusters give undefined. */
export function providerOf(providerId: string | undefined): string | undefined {
  const scheme = /^([a-z0-9-]+):\/\//.exec(providerId ?? '')?.[1];
  return scheme === undefined ? undefined : PROVIDERS[scheme];
}

/** Makes a Kubernetes name a model id (they are nearly the same alphabet). */
export function toId(name: string): string {
  const id = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '');
  return id === '' ? 'unnamed' : id.slice(0, 253);
}
