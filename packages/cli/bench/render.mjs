// Whole-process start-up: `kubegram render --preset course` against a bare `node -e 0` with the
// same Node, run alternately so both see the same load. Prints the medians of CPU time (user +
// system, as the operating system accounts it for the process) and of wall time, and their ratios.
// Each run goes through bash, whose `times` reports the children's CPU time to the millisecond
// and whose $EPOCHREALTIME times the run without counting bash's own start.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/kubegram.cjs', import.meta.url));
const RUNS = Number(process.env.KUBEGRAM_BENCH_RUNS ?? 21);
// The target: the command costs at most twice what starting Node costs.
const LIMIT = 2;
const SCRIPT = 'start=$EPOCHREALTIME; "$@" >/dev/null || exit; end=$EPOCHREALTIME; echo "$start $end"; times';

/** One run of `args` under Node: wall and CPU (user + system) milliseconds. */
function run(args) {
  const result = spawnSync('bash', ['-c', SCRIPT, 'bench', process.execPath, ...args], { encoding: 'utf8' });
  if (result.error) throw new Error(`the benchmark runs each command through bash, which could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [span, , children] = result.stdout.trim().split('\n');
  const [start, end] = span.split(' ').map((s) => Number(s.replace(',', '.')));
  // `times` prints "0m0.081s 0m0.024s": user then system time of the finished children.
  const [user, system] = children.trim().split(/\s+/).map((t) => {
    const m = /^(\d+)m([\d.,]+)s$/.exec(t);
    return Number(m[1]) * 60_000 + Number(m[2].replace(',', '.')) * 1000;
  });
  return { wall: (end - start) * 1000, cpu: user + system };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const render = [bin, 'render', '--preset', 'course'];
run(render); // makes the launcher's code cache, as any run after the first finds it
const bare = [];
const cli = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(run(['-e', '0']));
  cli.push(run(render));
}
const line = (label, runs) => `${label.padEnd(34)} CPU ${median(runs.map((r) => r.cpu)).toFixed(0).padStart(4)} ms   wall ${median(runs.map((r) => r.wall)).toFixed(0).padStart(4)} ms`;
const ratio = (key) => median(cli.map((r) => r[key])) / median(bare.map((r) => r[key]));
console.log(`Node ${process.version}, medians of ${RUNS} runs each`);
console.log(line('node -e 0', bare));
console.log(line('kubegram render --preset course', cli));
console.log(`ratio: CPU ${ratio('cpu').toFixed(2)}x, wall ${ratio('wall').toFixed(2)}x (target: at most ${LIMIT}x CPU)`);
if (ratio('cpu') > LIMIT) process.exitCode = 1;
