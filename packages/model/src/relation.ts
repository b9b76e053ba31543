import * as z from 'zod';
import { Id } from './element.js';

/** What a relation means; the Kubernetes wiring each kind stands for is in `RELATION_LABELS`. */
export const RelationKind = z
  .enum([
    'api-request',
    'schedules',
    'reconciles',
    'persists',
    'reports',
    'cri',
    'runs',
    'routes',
    'cloud-api',
    'custom',
  ])
  .describe('What the relation means.');
/** What a relation means. */
export type RelationKind = z.infer<typeof RelationKind>;

/** A typed edge between two model elements. */
export const Relation = z.strictObject({
  from: Id.describe('Id of the element the relation starts at.'),
  to: Id.describe('Id of the element the relation points to.'),
  kind: RelationKind,
  label: z.string().optional().describe('Text on the edge; the kind gives a default.'),
  description: z.string().optional().describe('One sentence about what flows along this edge.'),
});
/** A typed edge between two model elements. */
export type Relation = z.infer<typeof Relation>;
