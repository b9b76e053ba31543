import { z } from 'zod';

// Only the fields `kubegram import` reads are described; everything else kubectl prints passes
// through untouched (loose objects), so any Kubernetes version's output is accepted.

/** Object metadata: name, namespace, labels and the owner that created the object. */
export const KubeMetadata = z.looseObject({
  name: z.string().min(1).describe('The object name.'),
  namespace: z.string().optional().describe('The namespace; absent for cluster-scoped objects such as nodes.'),
  labels: z.record(z.string(), z.string()).optional().describe('Labels, such as node-role.kubernetes.io/control-plane.'),
  ownerReferences: z
    .array(z.looseObject({ kind: z.string(), name: z.string(), controller: z.boolean().optional() }))
    .optional()
    .describe('The objects that own this one, such as the ReplicaSet of a pod.'),
});
/** Object metadata. */
export type KubeMetadata = z.infer<typeof KubeMetadata>;

/** A v1 Node as `kubectl get nodes -o json` prints it. */
export const KubeNode = z.looseObject({
  apiVersion: z.literal('v1'),
  kind: z.literal('Node'),
  metadata: KubeMetadata,
  spec: z
    .looseObject({
      providerID: z.string().optional().describe('The cloud machine, such as aws:///eu-west-1a/i-0abc.'),
      unschedulable: z.boolean().optional().describe('Set when the node is cordoned.'),
      taints: z.array(z.looseObject({ key: z.string(), effect: z.string() })).optional().describe('Taints that keep pods off the node.'),
    })
    .optional(),
  status: z
    .looseObject({
      capacity: z.record(z.string(), z.string()).optional().describe('cpu, memory and pods the kubelet reports.'),
      nodeInfo: z
        .looseObject({
          kubeletVersion: z.string().describe('Such as v1.31.2.'),
          containerRuntimeVersion: z.string().describe('Such as containerd://1.7.22.'),
        })
        .optional(),
    })
    .optional(),
});
/** A v1 Node. */
export type KubeNode = z.infer<typeof KubeNode>;

/** A v1 Pod as `kubectl get pods -A -o json` prints it. */
export const KubePod = z.looseObject({
  apiVersion: z.literal('v1'),
  kind: z.literal('Pod'),
  metadata: KubeMetadata,
  spec: z.looseObject({
    nodeName: z.string().optional().describe('The node the scheduler bound the pod to; absent while pending.'),
    containers: z
      .array(
        z.looseObject({
          name: z.string().min(1),
          image: z.string().min(1),
          ports: z.array(z.looseObject({ containerPort: z.number().int() })).optional(),
          resources: z
            .looseObject({ requests: z.looseObject({ cpu: z.unknown(), memory: z.unknown() }).optional() })
            .optional()
            .describe('What the container asks the scheduler for.'),
        }),
      )
      .min(1)
      .describe('The containers of the pod.'),
  }),
  status: z.looseObject({ phase: z.string().optional() }).optional(),
});
/** A v1 Pod. */
export type KubePod = z.infer<typeof KubePod>;

/** The workload kinds that own pods. */
export const KUBE_WORKLOAD_KINDS = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'] as const;

/** A Deployment, ReplicaSet, StatefulSet, DaemonSet or Job, with its replica counts. */
export const KubeWorkload = z.looseObject({
  apiVersion: z.string(),
  kind: z.enum(KUBE_WORKLOAD_KINDS),
  metadata: KubeMetadata,
  spec: z.looseObject({ replicas: z.number().int().nonnegative().optional(), completions: z.number().int().nonnegative().optional() }).optional(),
  status: z
    .looseObject({
      replicas: z.number().int().optional(),
      readyReplicas: z.number().int().optional(),
      desiredNumberScheduled: z.number().int().optional(),
      numberReady: z.number().int().optional(),
      succeeded: z.number().int().optional(),
    })
    .optional(),
});
/** A workload object. */
export type KubeWorkload = z.infer<typeof KubeWorkload>;
