// `kubegram build` on generated courses (10 and 100 lessons by default, KUBEGRAM_BENCH_LESSONS=10,100;
// modules of 10 lessons with two diagrams each from one model), as an author runs it: cold (an empty
// cache), warm (nothing changed) and after editing one lesson, HTML only and with PDFs. Prints the
// time in all and per lesson, and what each build rendered. KUBEGRAM_BENCH_CASES=pdf runs only the
// builds with PDFs (by default html,pdf), KUBEGRAM_BENCH_BUILDS=cold only the cold builds (by default
// cold,warm,edit).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../cli/bin/kubegram.cjs', import.meta.url));
const SIZES = (process.env.KUBEGRAM_BENCH_LESSONS ?? '10,100').split(',').map(Number);
const CASES = (process.env.KUBEGRAM_BENCH_CASES ?? 'html,pdf').split(',');
const BUILDS = (process.env.KUBEGRAM_BENCH_BUILDS ?? 'cold,warm,edit').split(',');
const PER_MODULE = 10;
const VIEWS = ['overview', 'worker node=worker-1', 'control-plane', 'request-flow', 'reconcile'];
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';

const MODEL = `id: bench
nodes:
  - { id: cp-1, role: control-plane }
${[1, 2, 3]
  .map((n) => `  - id: worker-${n}\n    role: worker\n    pods:\n${[1, 2].map((p) => `      - { id: web-${n}-${p}, workload: web, containers: [{ image: example/web:1.0, ports: [8080] }] }`).join('\n')}`)
  .join('\n')}
workloads:
  - { id: web, kind: Deployment, replicas: { desired: 6, current: 6 } }
actors:
  - { id: kubectl, kind: kubectl }
`;

const lesson = (m, l, order) => `---
id: "${order}"
order: ${order}
title: 'Lesson ${m}.${l}'
excerpt: 'Part ${l} of module ${m}'
coverImage: ''
module: 'Module ${m}'
videoId: ''
duration: '5 min'
---

## What runs where

The scheduler places the web pods on the workers, and the kubelet on each starts them.

- three workers
- six web pods

![The cluster](diagrams/a.svg "kubegram: ../models/bench.yaml#${VIEWS[order % VIEWS.length]}")

## How a change travels

A change goes to the API server, which stores it in etcd; controllers and the scheduler act on it.

![The change](diagrams/b.svg "kubegram: ../models/bench.yaml#${VIEWS[(order + 2) % VIEWS.length]}")
`;

async function writeCourse(course, lessons) {
  await mkdir(join(course, 'models'), { recursive: true });
  await writeFile(join(course, 'models', 'bench.yaml'), MODEL);
  for (let m = 1; m <= Math.ceil(lessons / PER_MODULE); m++) {
    await mkdir(join(course, `module-${m}`));
    for (let l = 1; l <= Math.min(PER_MODULE, lessons - (m - 1) * PER_MODULE); l++) {
      await writeFile(join(course, `module-${m}`, `lesson-${String(l).padStart(2, '0')}.md`), lesson(m, l, (m - 1) * PER_MODULE + l));
    }
  }
}

const pdfFiles = (out) => readdirSync(join(out, 'slides'), { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length;

// The CPU time of the build and of the Chromium it starts: on a shared machine the wall time says as
// much about the neighbours as about the build. Chromium's zygote forks its renderers and utility
// processes so that no process waits for them, and GNU time never sees their CPU. In a PID namespace
// of its own (root on Linux) bash is their init: it reaps them all, and `times` adds them up. Else
// GNU time, where there is one, counts the build and what its processes wait for.
const TIME = '/usr/bin/time';
const CPU_MARK = 'kubegram-bench-cpu ';
const REAPER = `"$@"; s=$?; while kill -0 -1 2>/dev/null; do sleep 0.05; done; echo "${CPU_MARK}" >&2; times >&2; exit $s`;
const namespaced = process.getuid?.() === 0 && spawnSync('unshare', ['--pid', '--fork', 'true']).status === 0;

function timedRun(command, cwd) {
  if (namespaced) return spawnSync('unshare', ['--pid', '--fork', 'bash', '-c', REAPER, 'bash', ...command], { cwd, encoding: 'utf8' });
  if (existsSync(TIME)) return spawnSync(TIME, ['-f', `${CPU_MARK}%U %S`, ...command], { cwd, encoding: 'utf8' });
  return spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8' });
}

// Seconds as GNU time (`1.25`) or bash's times (`0m1.250s`) writes them, in milliseconds.
const msOf = (t) => {
  const m = /^(?:(\d+)m)?([\d.]+)s?$/.exec(t);
  return m ? (Number(m[1] ?? 0) * 60 + Number(m[2])) * 1000 : NaN;
};

function build(dir, course, lessons, label, args) {
  const started = performance.now();
  const out = join(dir, 'out');
  const run = timedRun([process.execPath, bin, 'build', course, '--out', out, '--cache', join(dir, 'cache'), ...args], dir);
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`kubegram build ${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
  // GNU time writes its figures on the mark's line; bash's times, the children's on its second line after it.
  const lines = run.stderr.split('\n');
  const at = lines.findIndex((l) => l.startsWith(CPU_MARK));
  const figures = at < 0 ? undefined : namespaced ? lines[at + 2] : lines[at].slice(CPU_MARK.length);
  const cpu = figures?.trim().split(/\s+/).reduce((a, b) => a + msOf(b), 0);
  const cpuText = cpu === undefined ? '' : `, CPU ${(cpu / 1000).toFixed(1)} s (${(cpu / lessons).toFixed(0)} ms per lesson)`;
  console.log(`${label.padEnd(30)} ${(ms / 1000).toFixed(1).padStart(6)} s in all, ${(ms / lessons).toFixed(0).padStart(5)} ms per lesson${cpuText} (${run.stdout.trim().split('\n').join('; ')}; ${pdfFiles(out)} PDF files)`);
}

// Cold, warm, and one lesson's body edited: the three builds an author sees.
async function series(dir, course, lessons, mode, args) {
  await rm(join(dir, 'cache'), { recursive: true, force: true });
  if (BUILDS.includes('cold')) build(dir, course, lessons, `${mode}, cold`, args);
  if (BUILDS.includes('warm')) build(dir, course, lessons, `${mode}, warm`, args);
  if (!BUILDS.includes('edit')) return;
  const edited = join(course, 'module-1', 'lesson-01.md');
  await writeFile(edited, `${await readFile(edited, 'utf8')}\nOne more sentence.\n`);
  build(dir, course, lessons, `${mode}, one lesson edited`, args);
}

for (const lessons of SIZES) {
  const dir = await mkdtemp(join(tmpdir(), 'kubegram-bench-site-'));
  try {
    const course = join(dir, 'course');
    await writeCourse(course, lessons);
    console.log(`kubegram build, ${lessons} lessons in ${Math.ceil(lessons / PER_MODULE)} modules, 2 diagrams each:`);
    if (CASES.includes('html')) await series(dir, course, lessons, 'HTML only (--no-pdf)', ['--no-pdf']);
    if (!CASES.includes('pdf')) continue;
    if (existsSync(chromium)) await series(dir, course, lessons, 'with PDFs (1 Chromium)', []);
    else console.log(`with PDFs: skipped, no Chromium at ${chromium}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
