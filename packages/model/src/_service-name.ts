import type { Service } from './service.js';

// Kept apart from the Service schema so that drawing a cluster (relationsOf) never loads zod.

/** The Kubernetes name of a service: its name, or its id when it has none. */
export const serviceName = (s: Pick<Service, 'id' | 'name'>): string => s.name ?? s.id;
