import * as z from 'zod';
import { ElementBase } from './element.js';

/** A Kubernetes namespace; its id is its name, which pods, workloads and services refer to. */
export const Namespace = ElementBase.extend({});
/** A Kubernetes namespace. */
export type Namespace = z.infer<typeof Namespace>;
