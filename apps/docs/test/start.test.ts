// `npm start`'s server as a process: malformed requests get an answer and the process lives on.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let child: ChildProcess;
let url: URL;
let output = '';

beforeAll(async () => {
  if (!existsSync(`${ROOT}apps/docs/dist/index.html`)) throw new Error('no built site in apps/docs/dist: run "npm run build" in apps/docs first');
  // A port from a range other suites do not use; start.mjs moves up from it when it is taken.
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env: { ...process.env, CI: '', KUBEGRAM_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr!.on('data', (c) => (output += c));
  url = await new Promise<URL>((done, fail) => {
    child.stdout!.on('data', (c) => {
      output += c;
      const found = /the course is at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (found) done(new URL(found[1]!));
    });
    child.on('exit', (code) => fail(new Error(`start.mjs exited with ${code}:\n${output}`)));
  });
});
afterAll(() => {
  if (child.exitCode === null) child.kill('SIGTERM');
});

const rawGet = (target: string) =>
  new Promise<string>((done) => {
    const socket = connect(Number(url.port), '127.0.0.1');
    let answer = '';
    socket.on('data', (c) => (answer += c));
    socket.on('close', () => done(answer));
    socket.on('error', () => done(answer));
    socket.write(`GET ${target} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
  });

describe('npm start', () => {
  it('answers malformed requests below 500 and keeps serving the course', async () => {
    for (const target of ['/%', '/%ff', '/%c0%ae%c0%ae/', '//']) expect((await rawGet(target)).slice(0, 12), target).toMatch(/^HTTP\/1\.1 [1-4]\d\d/);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(child.exitCode).toBeNull();
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
