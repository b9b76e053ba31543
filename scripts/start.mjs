// `npm start`, after turbo has built everything: serve the course site and its decks on localhost,
// rebuilding them when a lesson, a model or a package's source changes. With CI=true it only says
// where the output is and exits.
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@kubegram/site';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const docs = at('apps/docs/dist');
const decks = at('apps/slides/dist');

if (!existsSync(`${docs}/index.html`)) {
  console.error(`start: no course site in ${docs}: the build did not write apps/docs/dist/index.html`);
  process.exit(1);
}

if (process.env.CI === 'true') {
  console.log(`start: course site built in ${docs} (open index.html)`);
  console.log(existsSync(decks) ? `start: decks built in ${decks}` : `start: no decks in ${decks}`);
  process.exit(0);
}

const mounts = [
  { prefix: '/', dir: docs },
  { prefix: '/slides/', dir: decks },
];
const wanted = Number(process.env.KUBEGRAM_PORT ?? 4173);
let server;
for (let port = wanted; !server && port < wanted + 20; port++) {
  try {
    server = await serveStatic({ mounts, host: '127.0.0.1', port });
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
  }
}
if (!server) {
  console.error(`start: ports ${wanted} to ${wanted + 19} are all taken; set KUBEGRAM_PORT to a free one`);
  process.exit(1);
}
console.log(`start: the course is at ${server.url} (decks under ${server.url}slides/), for this computer only`);
console.log('start: watching content/ and packages/*/src; Ctrl+C stops');

// One rebuild at a time; changes during a rebuild queue exactly one more.
// A command that cannot start (npx missing from PATH) fails the rebuild instead of the server.
const run = (command, args) =>
  new Promise((done) =>
    spawn(command, args, { cwd: root, stdio: 'inherit' })
      .on('error', () => done(false))
      .on('exit', (code) => done(code === 0)),
  );
let running = false;
let pending;
let timer;
let needPackages = false;
const rebuild = async (packages) => {
  if (running) {
    pending = (pending ?? false) || packages;
    return;
  }
  running = true;
  const started = Date.now();
  const ok =
    // The command-line tool is not part of what is served: rebuilding it would only pull its files
    // from under any kubegram command running meanwhile.
    (!packages || (await run('npx', ['turbo', 'run', 'build', '--filter=./packages/*', '--filter=!kubegram', '--output-logs=errors-only']))) &&
    (await run('npm', ['run', 'build', '--if-present', '-w', 'apps/docs', '-w', 'apps/slides']));
  console.log(ok ? `start: rebuilt in ${Date.now() - started} ms; reload ${server.url}` : 'start: the rebuild failed; fix the error above and save again');
  running = false;
  if (pending !== undefined) {
    const again = pending;
    pending = undefined;
    rebuild(again);
  }
};
const schedule = (packages) => (path) => {
  // Build output, tests, snapshots and editors' or tools' temporary files are not sources.
  if (!path || /(^|[\\/])(dist|node_modules|__snapshots__)[\\/]|(^|[\\/])\.|\.test\.ts$|~$|\.tmp$/.test(path)) return;
  needPackages ||= packages;
  clearTimeout(timer);
  timer = setTimeout(() => {
    const withPackages = needPackages;
    needPackages = false;
    rebuild(withPackages);
  }, 200);
};
watch(at('content'), { recursive: true }, (_event, path) => schedule(false)(path));
for (const pkg of ['model', 'diagram', 'content', 'slides', 'site']) {
  const src = at(`packages/${pkg}/src`);
  if (existsSync(src)) watch(src, { recursive: true }, (_event, path) => schedule(true)(path));
}

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
