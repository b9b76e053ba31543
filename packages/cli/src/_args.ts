import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './_errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` with the errors a person can act on: an unknown option or a missing value becomes a
 * usage error naming the command, and the positional count is checked.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O, positionals: { min: number; max: number; names: string }) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (cause) {
    const message = (cause as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/^Unknown option/, 'unknown option');
    throw usageError(command, message);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min) throw usageError(command, `missing ${positionals.names}`);
  if (count > positionals.max) throw usageError(command, `unexpected argument "${parsed.positionals[positionals.max]}"`);
  return parsed;
}

/** Checks a choice option against its allowed values. */
export function oneOf<const T extends string>(command: string, option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(command, `--${option} must be one of ${allowed.join(', ')}, got "${value}"`);
}

/** Splits a comma-separated list option, dropping empty entries. */
export const list = (value: string | undefined): string[] =>
  value === undefined ? [] : value.split(',').map((s) => s.trim()).filter((s) => s !== '');
