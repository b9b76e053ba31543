import { rmSync } from 'node:fs';

/** The part of `process` that signal handling uses; tests hand in a stand-in. */
export interface SignalTarget {
  readonly pid: number;
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  kill(pid: number, signal: NodeJS.Signals): unknown;
}

/** How a run answers Ctrl-C (SIGINT) and `kill` (SIGTERM). */
export interface Interrupts {
  /** Notes a temporary file about to be created; call the returned function once it is renamed or removed. */
  track(path: string): () => void;
  /**
   * A signal that the first SIGINT or SIGTERM aborts, for a command that stops cleanly by itself
   * (`diagrams --watch`); a second one stops the run at once.
   */
  stopSignal(): AbortSignal;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Signal handling that is there only while it has work to do. Most of the time no handler is
 * installed, so the signal's default action ends the run at once, even in the middle of a long
 * synchronous parse or render, and nothing is half-written. While a temporary file exists, the
 * handler removes it first; either way the run ends by the signal itself, so a shell, `make` or a
 * CI runner sees an interrupted command (status 130 for SIGINT, 143 for SIGTERM).
 */
export function createInterrupts(target: SignalTarget): Interrupts {
  const temps = new Set<string>();
  let stop: AbortController | undefined;
  let listening = false;

  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    for (const signal of SIGNALS) {
      if (on) target.on(signal, onSignal);
      else target.off(signal, onSignal);
    }
  };
  const update = () => listen(temps.size > 0 || stop !== undefined);

  function onSignal(signal: NodeJS.Signals): void {
    if (stop !== undefined && !stop.signal.aborted) {
      stop.abort();
      return;
    }
    // Synchronous on purpose: the file is gone before the signal is raised again.
    for (const temp of temps) rmSync(temp, { force: true });
    temps.clear();
    stop = undefined;
    listen(false);
    target.kill(target.pid, signal);
  }

  return {
    track(path) {
      temps.add(path);
      update();
      return () => {
        temps.delete(path);
        update();
      };
    },
    stopSignal() {
      stop ??= new AbortController();
      update();
      return stop.signal;
    },
  };
}

/** The interrupts of this process. */
export const interrupts = createInterrupts(process);
