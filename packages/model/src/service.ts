import * as z from 'zod';
import { ElementBase } from './element.js';

const PortNumber = z.number().int().min(1).max(65535);

/** How a Service is reached: inside the cluster, on every node's port, through a cloud load balancer, or as a DNS alias. */
export const ServiceType = z.enum(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']).describe('How the service is reached; ClusterIP when absent.');
/** How a Service is reached. */
export type ServiceType = z.infer<typeof ServiceType>;

/** One port a Service exposes and where it forwards. */
export const ServicePort = z.strictObject({
  name: z.string().min(1).optional().describe('Port name, which an Ingress backend may refer to.'),
  protocol: z.enum(['TCP', 'UDP', 'SCTP']).optional().describe('Transport protocol; TCP when absent.'),
  port: PortNumber.describe('Port the service listens on at its cluster IP.'),
  targetPort: z.union([PortNumber, z.string().min(1)]).optional().describe('Container port (number or name) the traffic goes to; the same as port when absent.'),
  nodePort: PortNumber.optional().describe('Port opened on every node for NodePort and LoadBalancer services (30000-32767 by default).'),
});
/** One port a Service exposes. */
export type ServicePort = z.infer<typeof ServicePort>;

/** An address the cloud gave a LoadBalancer service. */
export const LoadBalancerAddress = z.strictObject({
  ip: z.string().min(1).optional().describe('IP address of the load balancer.'),
  hostname: z.string().min(1).optional().describe('DNS name of the load balancer (AWS gives names, not IPs).'),
});
/** An address the cloud gave a LoadBalancer service. */
export type LoadBalancerAddress = z.infer<typeof LoadBalancerAddress>;

/** A stable address in front of the pods its selector matches, balanced by kube-proxy. */
export const Service = ElementBase.extend({
  name: z.string().min(1).optional().describe('Kubernetes name when it differs from the id; Ingress rules name services by it.'),
  namespace: z.string().optional().describe('Kubernetes namespace, "default" when absent.'),
  type: ServiceType,
  headless: z.boolean().optional().describe('clusterIP "None": no virtual IP, DNS returns the pod addresses (StatefulSets use it).'),
  selector: z.record(z.string(), z.string()).optional().describe('Pod labels the service sends traffic to; without one, its endpoints are managed by hand.'),
  ports: z.array(ServicePort).optional().describe('The ports the service exposes.'),
  clusterIP: z.string().min(1).optional().describe('Virtual IP inside the cluster, as the API server assigned it.'),
  externalName: z.string().min(1).optional().describe('DNS name an ExternalName service aliases.'),
  loadBalancer: z.array(LoadBalancerAddress).optional().describe('Addresses of the cloud load balancer of a LoadBalancer service.'),
});
/** A stable address in front of the pods its selector matches. */
export type Service = z.infer<typeof Service>;
