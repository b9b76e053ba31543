import type { z } from 'zod';
import { resolveCluster } from './_resolve.js';
import type { Cluster } from './cluster.js';
import { formatPath, type Problem } from './problem.js';
import { ClusterSpec, ComponentSpec } from './spec.js';

const COMPONENT_KINDS = ComponentSpec.options.map((o) => o.shape.kind.value);
import { validateCluster } from './validate.js';

/** What `parseCluster` returns: the resolved cluster, or every problem found. */
export type ParseResult =
  | { ok: true; cluster: Cluster; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

/**
 * Checks untrusted input (a parsed YAML or JSON file, say) against the model format and the
 * semantic rules, and fills in defaults. Never throws: every problem comes back with its path.
 */
export function parseCluster(input: unknown): ParseResult {
  try {
    const shape = ClusterSpec.safeParse(input, { reportInput: true });
    if (!shape.success) {
      return { ok: false, errors: shape.error.issues.map(issueToProblem), warnings: [] };
    }
    const cluster = resolveCluster(shape.data);
    const problems = validateCluster(cluster);
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warning');
    return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, cluster, warnings };
  } catch (cause) {
    // Hostile input (throwing getters, proxies) must still come back as a problem, not a crash.
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, errors: [{ path: '', code: 'unreadable', severity: 'error', message: `could not read the model: ${message}` }], warnings: [] };
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return `${typeof value} ${String(value)}`;
}

function issueToProblem(issue: z.core.$ZodIssue): Problem {
  const path = formatPath(issue.path);
  const problem = (message: string): Problem => ({ path, message, severity: 'error', code: `schema/${issue.code}` });
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return problem(`missing required field: expected ${issue.expected}`);
      return problem(`expected ${issue.expected}, got ${describe(issue.input)}`);
    case 'invalid_value':
      return problem(`expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`);
    case 'unrecognized_keys':
      return problem(`unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}: check the spelling`);
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        return problem(`expected "kind" to be one of ${COMPONENT_KINDS.join(', ')}, got ${describe((issue.input as { kind?: unknown } | undefined)?.kind)}`);
      }
      return problem(issue.message);
    }
    default:
      return problem(issue.message);
  }
}
