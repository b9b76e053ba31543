import * as z from 'zod';
import { ElementBase } from './element.js';

/** The kinds of thing outside the cluster that it talks to. */
export const ActorKind = z
  .enum(['kubectl', 'load-balancer', 'cloud-provider'])
  .describe('kubectl (a user), an external load balancer, or the cloud provider API.');
/** The kinds of external actor. */
export type ActorKind = z.infer<typeof ActorKind>;

/** Something outside the cluster: a user with kubectl, a load balancer, a cloud API. */
export const Actor = ElementBase.extend({
  kind: ActorKind,
});
/** Something outside the cluster. */
export type Actor = z.infer<typeof Actor>;
