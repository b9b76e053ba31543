import type { Readable, Writable } from 'node:stream';

/** Where a command reads and writes: the process streams in production, captured ones in tests. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Directory relative paths are resolved against. */
  cwd: string;
  /**
   * Aborting stops long-running work such as `diagrams --watch`. For the real process, reading it
   * hands Ctrl-C and SIGTERM over to the command, which must then stop by itself; a command that
   * never reads it is ended by the signal at once.
   */
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

/** The exit codes: 0 ok, 1 a check or validation failed, 2 bad usage, unreadable input or unwritable output. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
