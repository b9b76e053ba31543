import * as z from 'zod';
import { ClusterSpec } from './spec.js';

/**
 * JSON Schema (draft 2020-12) of the model file format, for editors: a YAML model whose first line
 * is `# yaml-language-server: $schema=...` or a JSON model with `"$schema"` gets completion and checks.
 */
export const clusterJsonSchema: Record<string, unknown> = {
  ...z.toJSONSchema(ClusterSpec, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  title: 'Kubegram cluster model',
};
