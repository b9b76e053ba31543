import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes: the process streams in production, captured ones in tests. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Aborting stops long-running work such as `diagrams --watch`. */
  signal?: AbortSignal;
}

/** What every command receives besides its own arguments. */
export interface CommandContext extends CliIo {
  /** Show stack traces of unexpected errors. */
  debug: boolean;
}

/** One subcommand: its help text and what it does. Resolves to the process exit code. */
export interface Command {
  name: string;
  /** The full `kubegram <name> --help` text. */
  help: string;
  run(args: string[], ctx: CommandContext): Promise<number>;
}

/** The exit codes: 0 ok, 1 a check or validation failed, 2 bad usage or unreadable input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
