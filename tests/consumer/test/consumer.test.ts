import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { installInto, runCommand, systemNode } from './_project.js';

const project = inject('consumer');

describe('the packed packages', () => {
  it('ship their build, types, README and licence, and no sources or tests', () => {
    for (const p of project.packed) {
      expect(p.files).toContain('package.json');
      expect(p.files).toContain('README.md');
      expect(p.files).toContain('LICENSE');
      expect(p.files).toContain('dist/index.js');
      expect(p.files).toContain('dist/index.d.ts');
      expect(p.files.filter((f) => f.startsWith('src/') || /\.test(-d)?\./.test(f))).toEqual([]);
    }
  });
});

describe('a consumer outside the workspace', () => {
  it('renders a cluster of its own to SVG and Mermaid from plain Node, on the oldest supported Node', async () => {
    await writeFile(
      join(project.dir, 'render.mjs'),
      [
        "import { defineCluster, presets } from '@kubegram/model';",
        "import { toMermaid, toSvg } from '@kubegram/diagram';",
        'const cluster = defineCluster({',
        "  id: 'shop',",
        "  nodes: [{ id: 'cp', role: 'control-plane' }, { id: 'w1', role: 'worker', pods: [{ id: 'web', containers: [{ image: 'nginx' }] }] }],",
        "  actors: [{ id: 'kubectl', kind: 'kubectl' }],",
        '});',
        "const svg = toSvg(cluster, { view: 'overview', theme: 'dark' });",
        "const mermaid = toMermaid(presets.course, { view: 'request-flow' });",
        'console.log(JSON.stringify({ node: process.version, svg: svg.slice(0, 4), ids: [...svg.matchAll(/data-id="([^"]+)"/g)].length, mermaid: mermaid.split("\\n").find((l) => !l.startsWith("---") && l.trim() && !l.includes(":")) }));',
      ].join('\n'),
    );
    const node = systemNode();
    const result = await runCommand(node, ['render.mjs'], project.dir);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { node: string; svg: string; ids: number; mermaid: string };
    expect(out.svg).toBe('<svg');
    expect(out.ids).toBeGreaterThan(10);
    expect(out.mermaid.trim()).toBe('sequenceDiagram');
    console.log(`consumer rendered on Node ${out.node}`);
  });

  it('gets no native module or fonts unless it asks for PNG, and toPng names what to install', async () => {
    // A project of its own with only the diagram package and the model: the command line, installed
    // beside them above, brings PNG's packages on purpose.
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-consumer-svg-only-'));
    await writeFile(join(dir, 'package.json'), '{ "name": "svg-only", "private": true, "type": "module" }\n');
    const tarballs = project.packed.filter((p) => p.name === '@kubegram/model' || p.name === '@kubegram/diagram').map((p) => p.tarball);
    await installInto(dir, tarballs);
    expect(existsSync(join(dir, 'node_modules/@kubegram/diagram'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules/@resvg/resvg-js'))).toBe(false);
    expect(existsSync(join(dir, 'node_modules/dejavu-fonts-ttf'))).toBe(false);
    await writeFile(
      join(dir, 'png.mjs'),
      [
        "import { presets } from '@kubegram/model';",
        "import { toPng } from '@kubegram/diagram/png';",
        'try { toPng(presets.course); console.log("drawn"); } catch (e) { console.log(e.message); }',
      ].join('\n'),
    );
    const result = await runCommand(systemNode(), ['png.mjs'], dir);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^PNG output needs the optional packages @resvg\/resvg-js .* and dejavu-fonts-ttf: expected them installed beside @kubegram\/diagram, for example: npm install @resvg\/resvg-js@2\.6\.2 dejavu-fonts-ttf@2\.37\.3\n$/);
  }, 300_000);

  it('imports a kubeadm cluster from kubectl JSON in plain Node, on the oldest supported Node', async () => {
    const fixture = await readFile(join(import.meta.dirname, '../../../packages/import/test/fixtures/kubeadm-ha.json'), 'utf8');
    await writeFile(join(project.dir, 'cluster.json'), fixture);
    await writeFile(
      join(project.dir, 'import.mjs'),
      [
        "import { readFile } from 'node:fs/promises';",
        "import { importCluster } from '@kubegram/import';",
        "import { parseCluster } from '@kubegram/model';",
        "const result = importCluster({ file: 'cluster.json', text: await readFile('cluster.json', 'utf8') }, { id: 'prod' });",
        'const checked = result.ok ? parseCluster(result.spec) : result;',
        'console.log(JSON.stringify({ ok: checked.ok, nodes: checked.ok ? checked.cluster.nodes.map((n) => n.role) : checked.errors }));',
      ].join('\n'),
    );
    const result = await runCommand(systemNode(), ['import.mjs'], project.dir);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { ok: boolean; nodes: string[] };
    expect(out.ok).toBe(true);
    expect(out.nodes).toContain('control-plane');
    expect(out.nodes).toContain('worker');
  });

  it('type-checks a TypeScript consumer against the published types, and a misspelt view fails to compile', async () => {
    await writeFile(
      join(project.dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, include: ['consumer.ts'] }),
    );
    const good = [
      "import type { Cluster } from '@kubegram/model';",
      "import { presets } from '@kubegram/model';",
      "import { toMermaid, toSvg, type MermaidOptions, type SvgOptions } from '@kubegram/diagram';",
      "const svgOptions: SvgOptions = { view: 'worker', theme: 'light', highlight: ['worker-1-kubelet'] };",
      "const mermaidOptions: MermaidOptions = { view: 'overview' };",
      'const cluster: Cluster = presets.course;',
      'export const out: string = toSvg(cluster, svgOptions) + toMermaid(cluster, mermaidOptions);',
    ];
    await writeFile(join(project.dir, 'consumer.ts'), good.join('\n'));
    const tsc = join(project.dir, 'node_modules/typescript/bin/tsc');
    const ok = await runCommand(process.execPath, [tsc, '-p', '.'], project.dir);
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.code).toBe(0);

    await writeFile(join(project.dir, 'consumer.ts'), [...good, "export const bad = toSvg(cluster, { view: 'overveiw' });"].join('\n'));
    const bad = await runCommand(process.execPath, [tsc, '-p', '.'], project.dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toMatch(/consumer\.ts\(8,\d+\): error TS(2322|2820): Type '"overveiw"' is not assignable to type/);
  });
});
