#!/usr/bin/env node
// Launcher: runs the command line (dist/cli.cjs, one CommonJS script) through V8's code cache.
//
// Node's own compile cache keeps only what V8 compiles when a file is loaded: the top level of each
// module. Every function a command then calls is compiled on its first call, which for drawing a
// picture was about a third of the process. A cache made after the command has run holds those
// functions too: a command run again starts from the bytecode of everything it ran before.
//
// The cache lives where Node keeps its own (NODE_COMPILE_CACHE, else the system's temporary folder),
// in a folder only this user can write, one file per command and per version of the bundle and of
// Node; it is written once, by a run that succeeds when it is missing or refused by V8, through a
// temporary file renamed into place. NODE_DISABLE_COMPILE_CACHE turns it off, as it does Node's. Anything in the way of the
// cache (a read-only disk, a folder someone else owns) only means the command compiles as it runs.
'use strict';
const { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

// The packages the command line imports itself (the site and deck builders, esbuild) use Node's.
Module.enableCompileCache?.();

const BUNDLE = join(__dirname, '..', 'dist', 'cli.cjs');
// The commands that get a cache of their own (src/cli.ts lists them all); any other word shares one.
const COMMANDS = ['render', 'diagrams', 'import', 'build', 'slides', 'validate', 'check', 'init'];

// The folder of this user's caches, made if missing; undefined when caching is off or unsafe.
function cacheFolder() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const uid = process.getuid?.();
  const folder = join(process.env.NODE_COMPILE_CACHE || join(require('node:os').tmpdir(), 'node-compile-cache'), `kubegram-${uid ?? 'user'}`);
  try {
    mkdirSync(dirname(folder), { recursive: true });
    try {
      mkdirSync(folder, { mode: 0o700 });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    // Bytecode read from a folder another user can write would run as this one.
    const stat = lstatSync(folder);
    const own = uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
    return stat.isDirectory() && own ? folder : undefined;
  } catch {
    return undefined;
  }
}

// The cache of one command for this bundle and this Node. V8 refuses a cache made by another
// version or with other flags, but checks only the length of the source: the name holds its CRC.
function cacheFile(source, argv) {
  const folder = cacheFolder();
  if (folder === undefined) return undefined;
  // A new command missing here shares the cache of `other`: slower to start, never wrong.
  const command = COMMANDS.includes(argv[0]) ? argv[0] : 'other';
  const crc = require('node:zlib').crc32(source).toString(16);
  return join(folder, `${crc}-${source.length}-${command}-${process.version}-${process.arch}.bin`);
}

// How the bundle's import() calls (the site and deck builders, PNG rendering) load a module: as
// Node does for any file, through the option Node 20.12 and 21.7 added for scripts. Node 20 loses
// that option for a script made from a code cache (import() then fails: "A dynamic import callback
// was not specified"); 22 and 24 keep it. Below 22, or without the option, the bundle is required
// as a plain CommonJS module, with Node's compile cache alone.
const MAIN_LOADER = Number(process.versions.node.split('.')[0]) >= 22 ? vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER : undefined;

// Node calls that option experimental and says so the first time the bundle imports a module: a
// note about this launcher, not about the user's command, and the one warning left out.
function quietLoaderWarning() {
  const emitWarning = process.emitWarning;
  process.emitWarning = function emitWarningButTheLoaders(warning, ...rest) {
    if (String(warning).includes('vm.USE_MAIN_CONTEXT_DEFAULT_LOADER')) return;
    return emitWarning.call(process, warning, ...rest);
  };
}

// The bundle run as a CommonJS module's body, through the cache of this command: its exports.
function runBundle(argv) {
  const source = readFileSync(BUNDLE, 'utf8');
  const file = cacheFile(source, argv);
  let cachedData;
  try {
    if (file !== undefined) cachedData = readFileSync(file);
  } catch {
    // No cache yet.
  }
  quietLoaderWarning();
  // The body of a CommonJS module, wrapped as Node wraps one (test/start-up.test.ts counts on this prefix).
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename: BUNDLE, cachedData, importModuleDynamically: MAIN_LOADER });
  if (file !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // Made from a run that did its work: a usage error compiles little worth keeping.
    process.once('exit', (code) => {
      if (code !== 0) return;
      const temporary = `${file}.${process.pid}`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, file);
      } catch {
        // The next run tries again.
      }
    });
  }
  const bundle = { exports: {} };
  script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, dirname(BUNDLE));
  return bundle.exports;
}

const argv = process.argv.slice(2);
const { main } = MAIN_LOADER === undefined ? require(BUNDLE) : runBundle(argv);
main(argv).then((code) => {
  process.exitCode = code;
});
