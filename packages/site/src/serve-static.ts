import { createServer, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentSecurityPolicy } from './_content-security-policy.ts';
import { requestPath } from './_request-path.ts';

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
  /** Milliseconds a client has to send the request line and headers before the server hangs up. */
  headersTimeout: number;
}

/** A running server. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const DEFAULTS = { mounts: [], host: '127.0.0.1', port: 0, headersTimeout: 10_000 } satisfies ServeStaticOptions;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.mmd': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

// Sent with every answer, errors included: browsers must not guess types, send where the reader
// came from, or let another site frame or read the pages.
const SAFETY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

// Error bodies are fixed words: nothing from the request is ever written back.
const REASONS: Record<number, string> = {
  400: 'bad request',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed: only GET and HEAD',
  421: 'wrong host: open the address the server printed',
  500: 'the server could not read the file',
};

// Host names a loopback server answers to. Any other Host header is a page on another site
// reaching the server through a DNS name it rebound to 127.0.0.1.
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Serves folders over HTTP for the course site and its decks, for local use: only GET and HEAD,
 * only files whose real path (symbolic links followed) lies inside a mounted folder, and an
 * answer below 500 to any malformed request instead of an exception.
 */
export async function serveStatic(opts: Partial<ServeStaticOptions> = {}): Promise<StaticServer> {
  const { mounts, host, port, headersTimeout } = { ...DEFAULTS, ...opts };
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  let hosts = new Set<string>();
  const server = createServer(
    {
      headersTimeout,
      requestTimeout: headersTimeout * 3,
      // Timeouts are checked on this beat; the default (30 s) would let a slow client hold on longer.
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
      maxHeaderSize: 16_384,
    },
    (req, res) => {
      answer(req.method ?? '', req.url ?? '', req.headers.host ?? '', res).catch(() => {
        if (!res.headersSent) send(res, 500, req.method);
        else res.destroy();
      });
    },
  );

  const answer = async (method: string, target: string, hostHeader: string, res: ServerResponse) => {
    if (!hosts.has(hostHeader.toLowerCase())) return send(res, 421, method);
    if (method !== 'GET' && method !== 'HEAD') return send(res, 405, method, { allow: 'GET, HEAD' });
    const path = requestPath(target);
    if (path === undefined) return send(res, 400, method);
    const mount = ordered.find((m) => path.startsWith(m.prefix) || `${path}/` === m.prefix);
    if (!mount) return send(res, 404, method);
    if (`${path}/` === mount.prefix) return send(res, 301, method, { location: mount.prefix });
    const found = await fileFor(mount.dir, path.slice(mount.prefix.length));
    if (typeof found === 'number') return send(res, found, method);
    const { file, body } = found;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const csp = contentSecurityPolicy(type.startsWith('text/html') ? body.toString('utf8') : '');
    res.writeHead(200, { ...SAFETY_HEADERS, 'content-security-policy': csp, 'content-type': type, 'content-length': body.length });
    res.end(method === 'HEAD' ? undefined : body);
  };

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address() as AddressInfo;
  hosts = new Set([host, ...LOOPBACK_NAMES].map((name) => `${name}:${address.port}`.toLowerCase()));
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * The real path and the bytes of the file to send for `rest` (the part of the URL path after the
 * mount's prefix), or the status to answer with. Both the folder and the file are resolved through their
 * symbolic links before the containment check, so a link cannot lead out of the folder.
 */
async function fileFor(dir: string, rest: string): Promise<{ file: string; body: Buffer } | number> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch {
    return 404;
  }
  const inside = (p: string) => p === root || p.startsWith(root + sep);
  const asked = resolve(root, `.${sep}${rest}`);
  if (!inside(asked)) return 403;
  try {
    let file = await realpath(asked);
    if (!inside(file)) return 403;
    if ((await stat(file)).isDirectory()) {
      file = await realpath(join(file, 'index.html'));
      if (!inside(file)) return 403;
    }
    // Only regular files: reading a FIFO or a device would hang or never end.
    if (!(await stat(file)).isFile()) return 404;
    return { file, body: await readFile(file) };
  } catch {
    return 404;
  }
}

function send(res: ServerResponse, status: number, method: string | undefined, headers: Record<string, string> = {}): void {
  const body = REASONS[status] === undefined ? '' : `${REASONS[status]}\n`;
  res.writeHead(status, {
    ...SAFETY_HEADERS,
    'content-security-policy': contentSecurityPolicy(),
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(method === 'HEAD' ? undefined : body);
}
