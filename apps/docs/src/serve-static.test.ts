import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './serve-static.ts';

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-serve-'));
  await mkdir(join(dir, 'site', 'a'), { recursive: true });
  await mkdir(join(dir, 'decks', 'a'), { recursive: true });
  await writeFile(join(dir, 'site', 'index.html'), '<h1>home</h1>');
  await writeFile(join(dir, 'site', 'a', 'b.html'), 'lesson');
  await writeFile(join(dir, 'site', 'a', 'b.svg'), '<svg/>');
  await writeFile(join(dir, 'decks', 'a', 'b.html'), 'deck');
  await writeFile(join(dir, 'secret.txt'), 'outside');
  server = await serveStatic({ mounts: [{ prefix: '/', dir: join(dir, 'site') }, { prefix: '/slides/', dir: join(dir, 'decks') }] });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

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
  });

  it('answers 404 for a missing file and never serves outside its folders', async () => {
    expect((await fetch(`${server.url}a/missing.html`)).status).toBe(404);
    expect((await fetch(`${server.url}..%2fsecret.txt`)).status).toBe(403);
  });
});
