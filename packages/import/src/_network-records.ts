import type { HTTPIngressPath, IngressBackend, IngressLoadBalancerIngress, IngressRule, IngressSpec, IngressServiceBackend, IngressStatus, ServiceBackendPort } from 'kubernetes-types/networking/v1.js';
import type { LoadBalancerIngress, ServicePort, ServiceSpec, ServiceStatus } from 'kubernetes-types/core/v1.js';
import { nameOf, namespaceOf } from './_records.js';
import type { Place } from './_sink.js';
import { arr, str, strings, view } from './_values.js';
import type { ImportProblem } from './types.js';

/** A Service, reduced. */
export interface ServiceRecord {
  name: string;
  namespace: string;
  type: string | undefined;
  clusterIP: string | undefined;
  externalName: string | undefined;
  selector: Record<string, string>;
  ports: { name: string | undefined; protocol: string | undefined; port: number; targetPort: number | string | undefined; nodePort: number | undefined }[];
  loadBalancer: LoadBalancerRecord[];
}

/** An address a load balancer reports in an object's `status.loadBalancer.ingress`. */
export interface LoadBalancerRecord {
  ip: string | undefined;
  hostname: string | undefined;
}

/** One Ingress route, reduced: host and path to a service and port. */
export interface IngressRouteRecord {
  host: string | undefined;
  path: string | undefined;
  service: string;
  port: number | string | undefined;
}

/** An Ingress, reduced. */
export interface IngressRecord {
  name: string;
  namespace: string;
  className: string | undefined;
  rules: IngressRouteRecord[];
  defaultBackend: { service: string; port: number | string | undefined } | undefined;
  loadBalancer: LoadBalancerRecord[];
}

const port = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 65535 ? v : undefined);
const portOrName = (v: unknown): number | string | undefined => port(v) ?? (typeof v === 'string' && v !== '' ? v : undefined);

/** Reads a Service. */
export function readService(value: Record<string, unknown>, place: Place, problems: ImportProblem[]): ServiceRecord | undefined {
  const name = nameOf(value, place, 'Service', problems);
  if (name === undefined) return undefined;
  const spec = view<ServiceSpec>(value.spec);
  const status = view<ServiceStatus>(value.status);
  return {
    name,
    namespace: namespaceOf(value),
    type: str(spec?.type),
    clusterIP: str(spec?.clusterIP),
    externalName: str(spec?.externalName),
    selector: strings(spec?.selector),
    ports: arr(spec?.ports).flatMap((x) => {
      const p = view<ServicePort>(x);
      const number = port(p?.port);
      return p === undefined || number === undefined
        ? []
        : [{ name: str(p.name), protocol: str(p.protocol), port: number, targetPort: portOrName(p.targetPort), nodePort: port(p.nodePort) }];
    }),
    loadBalancer: addressesOf(status?.loadBalancer),
  };
}

// Services and Ingresses report their load balancer in the same shape.
function addressesOf(status: unknown): LoadBalancerRecord[] {
  return arr(view<{ ingress: unknown }>(status)?.ingress).flatMap((x) => {
    const i = view<LoadBalancerIngress & IngressLoadBalancerIngress>(x);
    const ip = str(i?.ip);
    const hostname = str(i?.hostname);
    return ip === undefined && hostname === undefined ? [] : [{ ip, hostname }];
  });
}

// networking.k8s.io/v1 names the service in backend.service; extensions/v1beta1 in serviceName.
function backendOf(v: unknown): { service: string; port: number | string | undefined } | undefined {
  const b = view<IngressBackend & { serviceName: unknown; servicePort: unknown }>(v);
  const svc = view<IngressServiceBackend>(b?.service);
  const service = str(svc?.name) ?? str(b?.serviceName);
  if (service === undefined) return undefined;
  const p = view<ServiceBackendPort>(svc?.port);
  return { service, port: port(p?.number) ?? portOrName(p?.name) ?? portOrName(b?.servicePort) };
}

/** Reads an Ingress: one route per host and path. */
export function readIngress(value: Record<string, unknown>, place: Place, problems: ImportProblem[]): IngressRecord | undefined {
  const name = nameOf(value, place, 'Ingress', problems);
  if (name === undefined) return undefined;
  const spec = view<IngressSpec & { backend: unknown }>(value.spec);
  const rules = arr(spec?.rules).flatMap((x) => {
    const r = view<IngressRule>(x);
    const host = str(r?.host);
    return arr(view<{ paths: unknown }>(r?.http)?.paths).flatMap((y) => {
      const p = view<HTTPIngressPath>(y);
      const backend = backendOf(p?.backend);
      return backend === undefined ? [] : [{ host, path: str(p?.path), ...backend }];
    });
  });
  const status = view<IngressStatus>(value.status);
  return {
    name,
    namespace: namespaceOf(value),
    className: str(spec?.ingressClassName),
    rules,
    defaultBackend: backendOf(spec?.defaultBackend ?? spec?.backend),
    loadBalancer: addressesOf(status?.loadBalancer),
  };
}
