import * as z from 'zod';
import { ElementBase, Id } from './element.js';
import { CpuQuantity, MemoryQuantity } from './quantity.js';

/** A volume: storage that every container of the pod can mount. */
export const Volume = ElementBase.extend({
  type: z
    .enum(['emptyDir', 'configMap', 'secret', 'persistentVolumeClaim', 'hostPath', 'projected'])
    .describe('Where the volume data comes from.'),
});
/** A volume: storage that every container of the pod can mount. */
export type Volume = z.infer<typeof Volume>;

/** A container inside a pod. */
export const Container = ElementBase.extend({
  image: z.string().min(1, { message: 'expected a container image such as "nginx:1.27"' }).describe('Image reference, for example "nginx:1.27".'),
  ports: z.array(z.number().int().min(1).max(65535)).optional().describe('Ports the container listens on.'),
  mounts: z.array(Id).optional().describe('Ids of the pod volumes this container mounts.'),
  requests: z
    .strictObject({ cpu: CpuQuantity.optional(), memory: MemoryQuantity.optional() })
    .optional()
    .describe('Resources the container asks for; the scheduler only places its pod on a node with that much free.'),
  sidecar: z
    .boolean()
    .optional()
    .describe('A native sidecar: an init container with restartPolicy Always, started first and kept running beside the others.'),
});
/** A container inside a pod. */
export type Container = z.infer<typeof Container>;

/** The pod lifecycle phases Kubernetes reports. */
export const PodPhase = z.enum(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']).describe('The pod phase.');
/** The pod lifecycle phases Kubernetes reports. */
export type PodPhase = z.infer<typeof PodPhase>;

/** The smallest deployable unit: containers that share one network namespace and the pod's volumes. */
export const Pod = ElementBase.extend({
  namespace: z.string().optional().describe('Kubernetes namespace, "default" when absent.'),
  workload: Id.optional().describe('Id of the workload that owns this pod, if any.'),
  phase: PodPhase.optional(),
  ready: z.boolean().optional().describe('Whether the pod passes its readiness checks (its Ready condition), so services send it traffic.'),
  labels: z.record(z.string(), z.string()).optional().describe('Pod labels, which service selectors match.'),
  initContainers: z
    .array(Container)
    .optional()
    .describe('Containers that run to completion, one after another, before the containers start.'),
  containers: z
    .array(Container)
    .min(1, { message: 'expected at least one container: a pod runs one or more containers' })
    .describe('The containers of the pod; they share its network and volumes.'),
  volumes: z.array(Volume).optional().describe('Storage shared by the containers of the pod.'),
});
/** The smallest deployable unit: containers that share one network namespace and the pod's volumes. */
export type Pod = z.infer<typeof Pod>;
