import type { ActorSpec, IngressSpec, NamespaceSpec, ServiceSpec } from '@kubegram/model';
import type { IngressRecord, LoadBalancerRecord, ServiceRecord } from './_network-records.js';
import { Tally } from './_tally.js';

type Ids = { take(name: string, qualifier?: string): string };

const SERVICE_TYPES = new Set(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']);
const PROTOCOLS = new Set(['TCP', 'UDP', 'SCTP']);

/** The model's services, from Service objects; an ExternalName without its name is left out with a note. */
export function servicesOf(records: readonly ServiceRecord[], ids: Ids, notes: string[]): ServiceSpec[] {
  const skipped = new Tally();
  const out: ServiceSpec[] = [];
  for (const s of records) {
    const type = SERVICE_TYPES.has(s.type ?? '') ? (s.type as ServiceSpec['type']) : 'ClusterIP';
    if (type === 'ExternalName' && s.externalName === undefined) {
      skipped.add('ExternalName service without externalName', `${s.namespace}/${s.name}`);
      continue;
    }
    const id = ids.take(s.name, s.namespace);
    const headless = s.clusterIP === 'None' && type === 'ClusterIP';
    const seen = new Set<string>();
    const ports = s.ports.flatMap((p) => {
      const protocol = PROTOCOLS.has(p.protocol ?? '') ? (p.protocol as 'TCP') : undefined;
      const key = `${protocol ?? 'TCP'}/${p.port}`;
      if (seen.has(key)) return [];
      seen.add(key);
      // The API server keeps a node port it allocated when a service turns ClusterIP; the model does not.
      const nodePort = type === 'NodePort' || type === 'LoadBalancer' ? p.nodePort : undefined;
      return [
        {
          ...(p.name === undefined ? {} : { name: p.name }),
          ...(protocol === undefined || protocol === 'TCP' ? {} : { protocol }),
          port: p.port,
          ...(p.targetPort === undefined || p.targetPort === p.port ? {} : { targetPort: p.targetPort }),
          ...(nodePort === undefined ? {} : { nodePort }),
        },
      ];
    });
    out.push({
      id,
      ...(id === s.name ? {} : { name: s.name }),
      ...(s.namespace === 'default' ? {} : { namespace: s.namespace }),
      type,
      ...(headless ? { headless: true } : {}),
      ...(Object.keys(s.selector).length > 0 ? { selector: s.selector } : {}),
      ...(ports.length > 0 ? { ports } : {}),
      ...(s.clusterIP === undefined || s.clusterIP === 'None' ? {} : { clusterIP: s.clusterIP }),
      ...(type === 'ExternalName' ? { externalName: s.externalName } : {}),
      ...(type === 'LoadBalancer' && s.loadBalancer.length > 0 ? { loadBalancer: s.loadBalancer.map(address) } : {}),
    });
  }
  if (skipped.size > 0) notes.push(`left out services the model cannot hold: ${skipped.describe()}`);
  return out;
}

/**
 * The model's ingresses. A route to a service missing from the input is left out with a note, as
 * is a port the service does not have, so the model stays whole.
 */
export function ingressesOf(records: readonly IngressRecord[], services: readonly ServiceSpec[], ids: Ids, notes: string[]): IngressSpec[] {
  const byName = new Map(services.map((s) => [`${s.namespace ?? 'default'}/${s.name ?? s.id}`, s]));
  const missing = new Tally();
  const backend = (namespace: string, ingress: string, b: { service: string; port: number | string | undefined }) => {
    const s = byName.get(`${namespace}/${b.service}`);
    if (s === undefined) {
      missing.add('route to a service not in the input', `${namespace}/${ingress} -> ${b.service}`);
      return undefined;
    }
    const known = b.port !== undefined && (s.ports === undefined || s.ports.some((p) => p.port === b.port || p.name === b.port));
    return { service: b.service, ...(known ? { port: b.port } : {}) };
  };
  const out = records.map((g): IngressSpec => {
    const id = ids.take(g.name, g.namespace);
    const rules = g.rules.flatMap((r) => {
      const b = backend(g.namespace, g.name, r);
      return b === undefined ? [] : [{ ...(r.host === undefined ? {} : { host: r.host }), ...(r.path === undefined ? {} : { path: r.path }), ...b }];
    });
    const fallback = g.defaultBackend === undefined ? undefined : backend(g.namespace, g.name, g.defaultBackend);
    return {
      id,
      ...(id === g.name ? {} : { name: g.name }),
      ...(g.namespace === 'default' ? {} : { namespace: g.namespace }),
      ...(g.className === undefined ? {} : { className: g.className }),
      rules,
      ...(fallback === undefined ? {} : { defaultBackend: fallback }),
      ...(g.loadBalancer.length > 0 ? { loadBalancer: g.loadBalancer.map(address) } : {}),
    };
  });
  if (missing.size > 0) notes.push(`left out ingress routes to services missing from the input: ${missing.describe()}`);
  return out;
}

/** The model id of the load-balancer actor an import adds; reserved so no object's name takes it. */
export const LOAD_BALANCER_ID = 'load-balancer';

/**
 * The external load balancer, when the input shows one: a LoadBalancer service, or an ingress
 * whose status has an address. The model routes it to every such service and ingress, so one actor
 * stands for the cloud's load balancers; it is labelled with the address when there is just one.
 */
export function loadBalancerOf(services: readonly ServiceSpec[], ingresses: readonly IngressSpec[]): ActorSpec | undefined {
  const fronted = services.some((s) => s.type === 'LoadBalancer') || ingresses.some((g) => (g.loadBalancer ?? []).length > 0);
  if (!fronted) return undefined;
  const addresses = new Set([...services, ...ingresses].flatMap((x) => (x.loadBalancer ?? []).flatMap((a) => a.hostname ?? a.ip ?? [])));
  const [only] = addresses;
  return { id: LOAD_BALANCER_ID, kind: 'load-balancer', ...(addresses.size === 1 && only !== undefined ? { label: only } : {}) };
}

const address = (a: LoadBalancerRecord) => ({ ...(a.ip === undefined ? {} : { ip: a.ip }), ...(a.hostname === undefined ? {} : { hostname: a.hostname }) });

/** The namespaces when the input lists Namespace objects: those, then any other an object names, so every one is declared. */
export function namespacesOf(declared: readonly string[], used: Iterable<string>): NamespaceSpec[] | undefined {
  if (declared.length === 0) return undefined;
  const names = new Set(declared);
  for (const n of used) names.add(n);
  return [...names].map((id) => ({ id }));
}
