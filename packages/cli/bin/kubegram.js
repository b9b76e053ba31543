#!/usr/bin/env node
// Launcher: the command line lives in dist/cli.js. Node's on-disk compile cache (22.1 and newer)
// skips re-parsing the bundle on every start, which is most of a short command's run time.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));
