// Whole-process start-up: `kubegram render --preset course --format svg` against a bare
// `node -e ""` on the same machine, run alternately so both see the same load. Prints medians.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/kubegram.js', import.meta.url));
const RUNS = Number(process.env.KUBEGRAM_BENCH_RUNS ?? 21);
const LIMIT = 3;

function time(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const render = [bin, 'render', '--preset', 'course', '--format', 'svg'];
time(render); // warms the compile cache, as every run after the first finds it
const bare = [];
const cli = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(time(['-e', '']));
  cli.push(time(render));
}
const ratio = median(cli) / median(bare);
console.log(`node -e "":                                   median ${median(bare).toFixed(0)} ms over ${RUNS} runs`);
console.log(`kubegram render --preset course --format svg: median ${median(cli).toFixed(0)} ms over ${RUNS} runs`);
console.log(`ratio: ${ratio.toFixed(2)}x (target: under ${LIMIT}x)`);
if (ratio >= LIMIT) process.exitCode = 1;
