import type { RelationKind } from './relation.js';

// Kept apart from the schemas so that renderers can use it without loading zod.
/** Default edge text per relation kind. */
export const RELATION_LABELS: Readonly<Record<RelationKind, string>> = {
  'api-request': 'REST / kubectl',
  schedules: 'watch pods, bind',
  reconciles: 'watch, reconcile',
  persists: 'read / write state',
  reports: 'register, watch pods, report status',
  cri: 'CRI',
  runs: 'runs',
  routes: 'routes traffic',
  'cloud-api': 'nodes, routes, load balancers',
  custom: '',
};
