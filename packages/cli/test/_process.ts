import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { BIN } from './_run.js';

/** How a run of the binary ended, and how long it took from start (or from the signal, if one was sent). */
export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from `kill()` to the exit, or from the start when no signal was sent. */
  ms: number;
}

/** A running binary: send it a signal, wait for its end. */
export interface Running {
  child: ChildProcess;
  kill(signal: NodeJS.Signals): void;
  ended: Promise<Ended>;
  stderr(): string;
}

/**
 * Starts the real binary, through `runAs` (such as `runuser -u nobody --`) when given. A run still going after `limitMs` is killed with SIGKILL, so a hang fails
 * its test (with signal SIGKILL) instead of stalling the suite.
 */
export function start(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdio?: StdioOptions; limitMs?: number; runAs?: string[] } = {}): Running {
  const [command, ...rest] = [...(options.runAs ?? []), process.execPath, BIN, ...args];
  const child = spawn(command!, rest, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  let from = performance.now();
  const guard = setTimeout(() => child.kill('SIGKILL'), options.limitMs ?? 20_000);
  const ended = new Promise<Ended>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      done({ code, signal, stdout: out, stderr: err, ms: performance.now() - from });
    });
  });
  return {
    child,
    kill(signal) {
      from = performance.now();
      child.kill(signal);
    },
    ended,
    stderr: () => err,
  };
}

/** Waits until `check` holds, polling every 20 ms. */
export async function until(check: () => boolean | Promise<boolean>, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
