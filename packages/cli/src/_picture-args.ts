import type { SimplifyOptions } from '@kubegram/model';
import { list } from './_args.js';
import { usageError } from './_errors.js';

/** The options of `render` that say how a large, real cluster is drawn, as `parseArgs` takes them. */
export const PICTURE_OPTIONS = {
  namespace: { type: 'string', multiple: true },
  'exclude-namespace': { type: 'string', multiple: true },
  'show-system': { type: 'boolean' },
  'collapse-pods': { type: 'boolean' },
  expand: { type: 'string' },
  'group-nodes': { type: 'string' },
} as const;

/** The threshold `--group-nodes` takes when it is given without one. */
export const GROUP_NODES_DEFAULT = 3;

/**
 * `--group-nodes` takes an optional threshold: when the next argument is not a whole number, the
 * default is written in, so `--group-nodes cluster.yaml` still reads the model.
 */
export function withOptionalThreshold(args: readonly string[]): string[] {
  return args.flatMap((a, i) => (a === '--group-nodes' && !/^\d+$/.test(args[i + 1] ?? '') ? [`--group-nodes=${GROUP_NODES_DEFAULT}`] : [a]));
}

interface PictureValues {
  namespace?: string[] | undefined;
  'exclude-namespace'?: string[] | undefined;
  'show-system'?: boolean | undefined;
  'collapse-pods'?: boolean | undefined;
  expand?: string | undefined;
  'group-nodes'?: string | undefined;
}

/** The parsed picture options as the diagram package takes them; a bad threshold is a usage error. */
export function pictureOptions(command: string, values: PictureValues): SimplifyOptions {
  const out: SimplifyOptions = {};
  const namespaces = (values.namespace ?? []).flatMap((v) => list(v));
  const excluded = (values['exclude-namespace'] ?? []).flatMap((v) => list(v));
  if (namespaces.length > 0) out.namespaces = namespaces;
  if (excluded.length > 0) out.excludeNamespaces = excluded;
  if (values['show-system'] === true) out.systemNamespaces = 'show';
  if (values['collapse-pods'] === true) out.mergeReplicas = true;
  const expand = list(values.expand);
  if (expand.length > 0) {
    if (values['collapse-pods'] !== true) throw usageError(command, '--expand names workloads to keep apart from --collapse-pods; give --collapse-pods too (for example --collapse-pods --expand web)');
    out.expand = expand;
  }
  const group = values['group-nodes'];
  if (group !== undefined) {
    const n = Number(group);
    if (!/^\d+$/.test(group) || n < 1) throw usageError(command, `--group-nodes takes a whole number of nodes of at least 1 (for example --group-nodes 5), got "${group}"`);
    out.groupNodes = n;
  }
  return out;
}

/** `--fit 1200` or `--fit 1200x675`: the frame, in CSS pixels, toSvg lays the picture out for. */
export function fitOption(command: string, value: string | undefined): { width: number; height?: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(?:x(\d+(?:\.\d+)?))?$/.exec(value);
  const width = Number(m?.[1]);
  const height = m?.[2] === undefined ? undefined : Number(m[2]);
  if (!m || !(width > 0) || (height !== undefined && !(height > 0))) {
    throw usageError(command, `--fit takes a width, or a width and a height, in pixels (for example --fit 1200 or --fit 1200x675), got "${value}"`);
  }
  return height === undefined ? { width } : { width, height };
}
