import { EventEmitter } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInterrupts, type SignalTarget } from './_interrupt.js';

// A stand-in for `process`: records the signals raised, and whether anything listens.
function fakeProcess() {
  const events = new EventEmitter();
  const raised: string[] = [];
  const target: SignalTarget = {
    pid: 4242,
    on: (signal, listener) => events.on(signal, listener),
    off: (signal, listener) => events.off(signal, listener),
    kill: (pid, signal) => raised.push(`${pid} ${signal}`),
  };
  return { target, raised, send: (signal: NodeJS.Signals) => events.emit(signal, signal), listeners: () => events.listenerCount('SIGINT') + events.listenerCount('SIGTERM') };
}

describe('createInterrupts', () => {
  it('listens only while a temporary file exists, so a signal otherwise ends the run at once', () => {
    const fake = fakeProcess();
    const interrupts = createInterrupts(fake.target);
    expect(fake.listeners()).toBe(0);
    const forget = interrupts.track('/tmp/.a.tmp');
    expect(fake.listeners()).toBe(2);
    forget();
    expect(fake.listeners()).toBe(0);
  });

  it('on a signal, removes the temporary files being written, then raises the signal again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-interrupt-'));
    const temp = join(dir, '.out.svg.tmp');
    writeFileSync(temp, 'half');
    const fake = fakeProcess();
    const interrupts = createInterrupts(fake.target);
    interrupts.track(temp);
    fake.send('SIGTERM');
    expect(existsSync(temp)).toBe(false);
    expect(fake.raised).toEqual(['4242 SIGTERM']);
    expect(fake.listeners()).toBe(0);
  });

  it('a command that asked for the stop signal gets the first signal; a second one ends the run', () => {
    const fake = fakeProcess();
    const interrupts = createInterrupts(fake.target);
    const stop = interrupts.stopSignal();
    expect(fake.listeners()).toBe(2);
    fake.send('SIGINT');
    expect(stop.aborted).toBe(true);
    expect(fake.raised).toEqual([]);
    fake.send('SIGINT');
    expect(fake.raised).toEqual(['4242 SIGINT']);
  });
});
