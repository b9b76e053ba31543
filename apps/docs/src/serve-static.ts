import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A folder served under a URL prefix. */
export interface Mount {
  /** URL prefix, starting and ending with `/`. */
  prefix: string;
  dir: string;
}

/** Options for `serveStatic`. */
export interface ServeStaticOptions {
  /** Folders to serve; the longest matching prefix wins. */
  mounts: Mount[];
  host: string;
  /** 0 picks a free port. */
  port: number;
}

/** A running server. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const DEFAULTS = { mounts: [], host: '127.0.0.1', port: 0 } satisfies ServeStaticOptions;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.mmd': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
};

/** Serves folders over HTTP on the loopback interface, for the course site and its decks. */
export async function serveStatic(opts: Partial<ServeStaticOptions> = {}): Promise<StaticServer> {
  const { mounts, host, port } = { ...DEFAULTS, ...opts };
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const mount = ordered.find((m) => path.startsWith(m.prefix) || `${path}/` === m.prefix);
    if (!mount || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(mount ? 405 : 404, { 'content-type': 'text/plain' }).end(mount ? 'method not allowed' : 'not found');
      return;
    }
    if (`${path}/` === mount.prefix) {
      res.writeHead(301, { location: mount.prefix }).end();
      return;
    }
    const root = resolve(mount.dir);
    let file = resolve(join(root, path.slice(mount.prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
