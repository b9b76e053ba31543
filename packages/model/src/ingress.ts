import * as z from 'zod';
import { ElementBase } from './element.js';
import { LoadBalancerAddress } from './service.js';

/** Where an Ingress sends a request: a Service of its namespace and one of its ports. */
export const IngressBackend = z.strictObject({
  service: z.string().min(1).describe('Kubernetes name of a Service in the Ingress namespace.'),
  port: z.union([z.number().int().min(1).max(65535), z.string().min(1)]).optional().describe('Service port, by number or by name.'),
});
/** Where an Ingress sends a request. */
export type IngressBackend = z.infer<typeof IngressBackend>;

/** One route of an Ingress: requests for a host and path prefix go to a backend. */
export const IngressRule = IngressBackend.extend({
  host: z.string().min(1).optional().describe('Host name the rule matches; every host when absent.'),
  path: z.string().min(1).optional().describe('Path the rule matches, for example "/api".'),
});
/** One route of an Ingress. */
export type IngressRule = z.infer<typeof IngressRule>;

/** HTTP routes from outside the cluster to Services, served by an ingress controller. */
export const Ingress = ElementBase.extend({
  name: z.string().min(1).optional().describe('Kubernetes name when it differs from the id.'),
  namespace: z.string().optional().describe('Kubernetes namespace, "default" when absent; its backends are Services of this namespace.'),
  className: z.string().min(1).optional().describe('IngressClass that serves it, for example "nginx".'),
  rules: z.array(IngressRule).describe('Routes from host and path to a Service, one per path.'),
  defaultBackend: IngressBackend.optional().describe('Where requests that match no rule go.'),
  loadBalancer: z.array(LoadBalancerAddress).optional().describe('Addresses of the load balancer in front of the ingress controller, as its status reports them.'),
});
/** HTTP routes from outside the cluster to Services. */
export type Ingress = z.infer<typeof Ingress>;
