// `kubegram build` on a generated course of 30 lessons (3 modules of 10, two diagrams each, one
// model), as an author runs it: once HTML only, once with PDFs. Prints the time per lesson.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../cli/bin/kubegram.js', import.meta.url));
const MODULES = 3;
const PER_MODULE = 10;
const LESSONS = MODULES * PER_MODULE;
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

const dir = await mkdtemp(join(tmpdir(), 'kubegram-bench-site-'));
try {
  const course = join(dir, 'course');
  await mkdir(join(course, 'models'), { recursive: true });
  await writeFile(join(course, 'models', 'bench.yaml'), MODEL);
  for (let m = 1; m <= MODULES; m++) {
    await mkdir(join(course, `module-${m}`));
    for (let l = 1; l <= PER_MODULE; l++) await writeFile(join(course, `module-${m}`, `lesson-${String(l).padStart(2, '0')}.md`), lesson(m, l, (m - 1) * PER_MODULE + l));
  }
  const build = (label, args) => {
    const started = performance.now();
    const run = spawnSync(process.execPath, [bin, 'build', course, '--out', join(dir, 'out'), ...args], { cwd: dir, encoding: 'utf8' });
    const ms = performance.now() - started;
    if (run.status !== 0) throw new Error(`kubegram build ${args.join(' ')} exited ${run.status}:\n${run.stderr}`);
    const pdfs = readdirSync(join(dir, 'out', 'slides'), { recursive: true }).filter((f) => String(f).endsWith('.pdf')).length;
    console.log(`${label.padEnd(22)} ${(ms / 1000).toFixed(1).padStart(6)} s in all, ${(ms / LESSONS).toFixed(0).padStart(5)} ms per lesson (${run.stdout.trim().split('\n').join('; ')}; ${pdfs} PDF files)`);
  };
  console.log(`kubegram build, ${LESSONS} lessons in ${MODULES} modules, 2 diagrams each:`);
  build('HTML only (--no-pdf)', ['--no-pdf']);
  if (existsSync(chromium)) build('with PDFs (1 Chromium)', []);
  else console.log(`with PDFs: skipped, no Chromium at ${chromium}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
