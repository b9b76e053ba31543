import * as z from 'zod';
import { ElementBase } from './element.js';

/** The workload resources a controller reconciles. */
export const WorkloadKind = z
  .enum(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'])
  .describe('The workload resource type.');
/** The workload resource types. */
export type WorkloadKind = z.infer<typeof WorkloadKind>;

/** Desired and current replica counts: the two sides a controller reconciles. */
export const Replicas = z.strictObject({
  desired: z.number().int().nonnegative().describe('How many replicas the spec asks for.'),
  current: z.number().int().nonnegative().describe('How many replicas are running now.'),
  ready: z.number().int().nonnegative().optional().describe('How many of the current replicas pass their readiness checks.'),
});
/** Desired and current replica counts. */
export type Replicas = z.infer<typeof Replicas>;

/** An application that controllers keep at its desired replica count. */
export const Workload = ElementBase.extend({
  kind: WorkloadKind,
  namespace: z.string().optional().describe('Kubernetes namespace, "default" when absent.'),
  replicas: Replicas,
  schedule: z.string().min(1).optional().describe('Cron schedule of a CronJob, for example "*/5 * * * *".'),
  suspended: z.boolean().optional().describe('A CronJob that starts no new runs, or a Job that starts no new pods.'),
});
/** An application that controllers keep at its desired replica count. */
export type Workload = z.infer<typeof Workload>;
