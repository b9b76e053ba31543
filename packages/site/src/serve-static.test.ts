import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './serve-static.ts';

let dir: string;
let server: StaticServer;
let port: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-serve-'));
  await mkdir(join(dir, 'site', 'a'), { recursive: true });
  await mkdir(join(dir, 'decks', 'a'), { recursive: true });
  await mkdir(join(dir, 'outside'), { recursive: true });
  await writeFile(join(dir, 'site', 'index.html'), '<h1>home</h1>');
  await writeFile(join(dir, 'site', 'a', 'b.html'), 'lesson');
  await writeFile(join(dir, 'site', 'a', 'b.svg'), '<svg/>');
  await writeFile(join(dir, 'site', 'inline.html'), '<p>x</p><script>go()</script>');
  await writeFile(join(dir, 'decks', 'a', 'b.html'), 'deck');
  await writeFile(join(dir, 'secret.txt'), 'outside');
  await writeFile(join(dir, 'outside', 'index.html'), 'outside');
  await symlink(join(dir, 'secret.txt'), join(dir, 'site', 'leak.txt'));
  await symlink(join(dir, 'outside'), join(dir, 'site', 'leak'));
  await symlink(join(dir, 'site', 'a', 'b.html'), join(dir, 'site', 'alias.html'));
  execFileSync('mkfifo', [join(dir, 'site', 'pipe.html')]);
  // The site folder itself reached through a link, as a build output folder sometimes is.
  await symlink(join(dir, 'site'), join(dir, 'site-link'));
  server = await serveStatic({ mounts: [{ prefix: '/', dir: join(dir, 'site-link') }, { prefix: '/slides/', dir: join(dir, 'decks') }], headersTimeout: 500 });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * Sends bytes as they are over a fresh connection and gives back all the server answers until it
 * closes; `end` also closes the sending side, as a client that has nothing more to say does.
 */
function raw(request: string | Buffer, { waitMs = 5_000, end = false } = {}): Promise<string> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      done(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (c) => chunks.push(c));
    socket.on('close', finish);
    socket.on('error', finish);
    if (end) socket.end(request);
    else socket.write(request);
  });
}
const get = (target: string) => raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
const statusOf = (response: string) => Number(/^HTTP\/1\.1 (\d{3}) /.exec(response)?.[1] ?? 0);
const bodyOf = (response: string) => response.slice(response.indexOf('\r\n\r\n') + 4);

describe('serveStatic', () => {
  it('listens on the loopback interface and serves a folder index', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<h1>home</h1>');
  });

  it('serves each mount under its prefix, the longest prefix first', async () => {
    expect(await (await fetch(`${server.url}a/b.html`)).text()).toBe('lesson');
    expect(await (await fetch(`${server.url}slides/a/b.html`)).text()).toBe('deck');
    expect((await fetch(`${server.url}a/b.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    const redirect = await fetch(`${server.url}slides`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/slides/']);
  });

  it('answers 404 for a missing file and never serves outside its folders', async () => {
    expect((await fetch(`${server.url}a/missing.html`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2fsecret.txt`)).status).toBe(403);
    expect(statusOf(await get('/../secret.txt'))).toBe(403);
  });

  it('follows a symbolic link only while it stays inside the served folder', async () => {
    expect((await fetch(`${server.url}leak.txt`)).status).toBe(403);
    expect((await fetch(`${server.url}leak/`)).status).toBe(403);
    expect((await fetch(`${server.url}leak/index.html`)).status).toBe(403);
    expect(await (await fetch(`${server.url}alias.html`)).text()).toBe('lesson');
  });

  it('answers 404 for something that is not a regular file instead of waiting on it', async () => {
    expect((await fetch(`${server.url}pipe.html`, { signal: AbortSignal.timeout(5_000) })).status).toBe(404);
  });

  it('answers a malformed path with 400 and keeps serving', async () => {
    for (const target of ['/%', '/%ff', '/%c0%ae%c0%ae/', '/a%00.html', '/..%5csecret.txt']) {
      const response = await get(target);
      expect(statusOf(response), target).toBe(400);
      expect(bodyOf(response)).toBe('bad request\n');
    }
    expect(await (await fetch(`${server.url}a/b.html`)).text()).toBe('lesson');
  });

  it('answers only GET and HEAD, and HEAD with no body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const res = await fetch(`${server.url}a/b.html`, { method });
      expect([res.status, res.headers.get('allow')], method).toEqual([405, 'GET, HEAD']);
    }
    const head = await get('/a/b.html').then(() => raw(`HEAD /a/b.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
    expect(statusOf(head)).toBe(200);
    expect(head).toContain('content-length: 6');
    expect(bodyOf(head)).toBe('');
  });

  it('sends the safety headers with every answer, errors included', async () => {
    for (const path of ['a/b.html', 'a/b.svg', 'missing', '%ff']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('content-security-policy'), path).toMatch(/^script-src 'self'; style-src 'self' 'unsafe-inline'; default-src 'none'; .*frame-ancestors 'self'; base-uri 'none'; form-action 'none'$/);
    }
  });

  it('lets a page run exactly the inline scripts it was built with', async () => {
    const policy = (await fetch(`${server.url}inline.html`)).headers.get('content-security-policy');
    // The SHA-256 of "go()" in base64, as `printf 'go()' | openssl dgst -sha256 -binary | base64` gives it.
    expect(policy?.split('; ')[0]).toBe("script-src 'self' 'sha256-5KYv+PUboo5h+0+YAtGRPbwv5d/QxzHslP4YGnUaxRw='");
  });

  it('never writes the request back in an answer', async () => {
    const target = '/%3Cscript%3Ealert(1)%3C%2Fscript%3E.html';
    const res = await fetch(`${server.url}${target.slice(1)}`);
    expect([res.status, await res.text()]).toEqual([404, 'not found\n']);
    expect(bodyOf(await get('/%ff<script>'))).not.toContain('script');
  });

  it('refuses a Host other than the loopback address, as a page on a rebound DNS name would send', async () => {
    const response = await raw(`GET / HTTP/1.1\r\nHost: attacker.example:${port}\r\nConnection: close\r\n\r\n`);
    expect(statusOf(response)).toBe(421);
    expect(statusOf(await raw(`GET / HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`))).toBe(200);
  });

  it('hangs up on a client that never finishes its headers', async () => {
    const started = Date.now();
    const response = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `, { waitMs: 10_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response === '' || statusOf(response) === 408).toBe(true);
  });

  it('answers any request target below 500 or closes, and serves a known file afterwards', async () => {
    const byte = fc.integer({ min: 0, max: 255 }).map((b) => `%${b.toString(16).padStart(2, '0')}`);
    const segment = fc.oneof(fc.constantFrom('..', '.', '', '%2e%2e', '%2f', 'a', 'b.html', 'slides', '%', '%c0%ae'), fc.string(), fc.array(byte, { maxLength: 6 }).map((b) => b.join('')));
    const target = fc.oneof(
      fc.array(segment, { maxLength: 8 }).map((parts) => `/${parts.join('/')}`),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    await fc.assert(
      fc.asyncProperty(target, async (t) => {
        const response = await raw(Buffer.from(`GET ${t} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`, 'utf8'));
        const status = statusOf(response);
        expect(response === '' || (status >= 200 && status < 500), JSON.stringify(t)).toBe(true);
        if (t.startsWith('/') && t.length >= 4 && status >= 400) expect(bodyOf(response)).not.toContain(t);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        const response = await raw(Buffer.from(bytes), { end: true });
        expect(response === '' || statusOf(response) < 500).toBe(true);
      }),
      { numRuns: 100 },
    );
    expect(await (await fetch(`${server.url}a/b.html`)).text()).toBe('lesson');
  });
});
