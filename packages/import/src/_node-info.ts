import type { RuntimeName } from '@kubegram/model';

const RUNTIMES: Record<string, RuntimeName> = { containerd: 'containerd', 'cri-o': 'cri-o', docker: 'docker' };

/** `containerd://1.7.22` -> containerd 1.7.22; unknown runtimes give undefined. */
export function parseRuntime(value: string | undefined): { runtime: RuntimeName; version?: string } | undefined {
  const match = /^([a-z-]+):\/\/(.*)$/.exec(value ?? '');
  const runtime = match ? RUNTIMES[match[1]!] : undefined;
  if (!match || runtime === undefined) return undefined;
  return match[2] ? { runtime, version: match[2] } : { runtime };
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
