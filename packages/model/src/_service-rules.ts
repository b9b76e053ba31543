import type { Problem } from './problem.js';
import { serviceName } from './_service-name.js';
import type { Service } from './service.js';
import { servicePods } from './service-pods.js';
import type { RuleInput } from './_cluster-rules.js';

const error = (code: string, path: string, message: string): Problem => ({ code, path, message, severity: 'error' });
const warning = (code: string, path: string, message: string): Problem => ({ code, path, message, severity: 'warning' });

// The API server's default --service-node-port-range; a cluster may set another, hence a warning.
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

/** Services and ingresses: Kubernetes names unique per namespace (their ids are elements' ids, checked with the others). */
export function serviceNames({ cluster }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const names = new Map<string, string>();
  const check = (kind: 'services' | 'ingresses', list: readonly { id: string; name?: string | undefined; namespace?: string | undefined }[] | undefined) =>
    list?.forEach((o, i) => {
      const path = `${kind}[${i}]`;
      const key = `${kind}/${o.namespace ?? 'default'}/${o.name ?? o.id}`;
      const first = names.get(key);
      if (first !== undefined) {
        problems.push(error('duplicate-name', `${path}.name`, `expected a unique name in namespace "${o.namespace ?? 'default'}", but ${first} is also named "${o.name ?? o.id}"; set name or namespace apart`));
      } else names.set(key, path);
    });
  check('services', cluster.services);
  check('ingresses', cluster.ingresses);
  return problems;
}

function servicePorts(s: Service, path: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  s.ports?.forEach((p, j) => {
    const at = `${path}.ports[${j}]`;
    const key = `${p.protocol ?? 'TCP'}/${p.port}`;
    if (seen.has(key)) problems.push(error('duplicate-service-port', `${at}.port`, `expected each port once per protocol, but ${key} is listed again on service "${s.id}"`));
    seen.add(key);
    if (p.nodePort === undefined) return;
    if (s.type === 'ClusterIP' || s.type === 'ExternalName') {
      problems.push(error('node-port-not-allowed', `${at}.nodePort`, `service "${s.id}" is of type ${s.type}, which opens no node port; set type: "NodePort" or remove nodePort`));
    } else if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX) {
      problems.push(
        warning('node-port-range', `${at}.nodePort`, `nodePort ${p.nodePort} is outside the default range ${NODE_PORT_MIN}-${NODE_PORT_MAX}; the API server refuses it unless --service-node-port-range allows it (for example nodePort: 30080)`),
      );
    }
  });
  return problems;
}

/** Each service is well formed for its type and reaches at least one pod through its selector. */
export function services(input: RuleInput): Problem[] {
  const { cluster } = input;
  return (cluster.services ?? []).flatMap((s, i) => {
    const path = `services[${i}]`;
    const problems = servicePorts(s, path);
    if (s.headless === true && s.type !== 'ClusterIP') problems.push(error('headless-not-cluster-ip', `${path}.headless`, `a headless service has clusterIP "None", which only type ClusterIP allows; service "${s.id}" has type ${s.type}`));
    if (s.type === 'ExternalName' && s.externalName === undefined) problems.push(error('external-name-missing', path, `service "${s.id}" has type ExternalName: expected the name it aliases, as in externalName: "db.example.com"`));
    if (Object.keys(s.selector ?? {}).length > 0 && servicePods(cluster, s).length === 0) {
      const pairs = Object.entries(s.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(', ');
      problems.push(warning('service-selects-no-pod', `${path}.selector`, `service "${s.id}" selects ${pairs} in namespace "${s.namespace ?? 'default'}", but no pod there has those labels, so it sends traffic nowhere`));
    }
    return problems;
  });
}

/** Every Ingress backend names a Service of the Ingress namespace, and a port that service has. */
export function ingresses({ cluster }: RuleInput): Problem[] {
  const byName = new Map((cluster.services ?? []).map((s) => [`${s.namespace ?? 'default'}/${serviceName(s)}`, s]));
  return (cluster.ingresses ?? []).flatMap((g, i) => {
    const namespace = g.namespace ?? 'default';
    const backends = [...g.rules.map((r, j) => ({ b: r, path: `ingresses[${i}].rules[${j}]` })), ...(g.defaultBackend ? [{ b: g.defaultBackend, path: `ingresses[${i}].defaultBackend` }] : [])];
    return backends.flatMap(({ b, path }): Problem[] => {
      const s = byName.get(`${namespace}/${b.service}`);
      if (s === undefined) {
        return [error('unknown-service', `${path}.service`, `expected the name of a service in namespace "${namespace}", but ingress "${g.id}" names "${b.service}", which does not exist there`)];
      }
      if (b.port !== undefined && s.ports !== undefined && !s.ports.some((p) => p.port === b.port || p.name === b.port)) {
        const known = s.ports.map((p) => p.name ?? p.port).join(', ');
        return [error('unknown-service-port', `${path}.port`, `service "${b.service}" has no port ${JSON.stringify(b.port)}; expected one of ${known}`)];
      }
      return [];
    });
  });
}
