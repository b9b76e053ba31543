// @vitest-environment jsdom
import { parseCluster, VIEW_NAMES, type Cluster, type ClusterSpec } from '@kubegram/model';
import fc from 'fast-check';
import mermaid from 'mermaid';
import { expect, test } from 'vitest';
import { toMermaid } from './to-mermaid.js';

// Pieces of text that mean something to Mermaid, to YAML front matter, to HTML or to a terminal,
// and text in other scripts and directions; labels are built from them.
const HOSTILE = [
  '"', "'", '`', '[', ']', '(', ')', '{', '}', '<', '>', '|', ':', ':::', ';', '#', '#35;', '#quot;', '%%', '%%{init: {"securityLevel": "loose"}}%%',
  '-->', '---', '==>', '-.->', '&', '&lt;', '&#60;', '=', '\\', '/', '*', '_', '~', '@{', '$', '^',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', 'javascript:', 'onload=', '<br>',
  'end', 'subgraph', 'style', 'classDef', 'click', 'accTitle: x', 'participant', 'Note over',
  '\n', '\r\n', '\t', ' ', '  ', '\u00A0', '\u2028', '\u0000',
  'שלום', 'مرحبا', '\u202E', '\u200F', '\u200B', '日本語', 'ü', '😀', '°', '¶ß', 'ﬂ°°60¶ß',
  'kube', 'pod', '1', 'x',
];
const label = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
);
const id = fc.constantFrom('end', 'style', 'graph', 'box', 'loop', 'web.1', 'web-1', 'web_1', '1x', 'o', 'x', 'default', 'class');

const clusterOf = (l: string[], podIds: string[]): Cluster => {
  const at = (i: number) => l[i % l.length] as string;
  const spec: ClusterSpec = {
    id: 'fuzz',
    label: at(0),
    description: at(1),
    nodes: [
      { id: 'cp', label: at(2), role: 'control-plane', components: [{ kind: 'apiserver', label: at(3) }, { kind: 'etcd' }, { kind: 'scheduler' }, { kind: 'controller-manager', label: at(4) }] },
      {
        id: 'w',
        label: at(5),
        role: 'worker',
        components: [{ kind: 'kubelet', label: at(6) }, { kind: 'kube-proxy' }, { kind: 'container-runtime', label: at(7) }],
        pods: podIds.map((p, i) => ({ id: p, label: at(8 + i), workload: 'app', containers: [{ id: `${p}.c`, label: at(9 + i), image: 'a:1' }] })),
      },
    ],
    workloads: [{ id: 'app', label: at(10), kind: 'Deployment', replicas: { desired: 3, current: 1 } }],
    actors: [{ id: 'kubectl', kind: 'kubectl', label: at(11) }, { id: 'lb', kind: 'load-balancer', label: at(12) }],
    relations: [{ from: 'kubectl', to: 'w-kubelet', kind: 'custom', label: at(13) }],
  };
  const result = parseCluster(spec);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.cluster;
};

// What a reader sees of parsed text: entity codes as their characters, `<br>` as a line break.
const shown = (text: string) => text.replace(/<br\s*\/?>/g, '\n').replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, n: string) => String.fromCodePoint(Number(n)));
const asRead = (text: string) => text.replace(/\r\n|[\r\u2028\u2029]/g, '\n');

test('toMermaid output parses for hostile labels and ids in every view, shows the labels unchanged and carries no markup', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(label, { minLength: 1, maxLength: 14 }), fc.uniqueArray(id, { minLength: 1, maxLength: 3 }), async (labels, podIds) => {
      const cluster = clusterOf(labels, podIds);
      for (const view of VIEW_NAMES) {
        const text = toMermaid(cluster, { view });
        await mermaid.parse(text);
        expect(text).not.toMatch(/<script|\bon\w+\s*=|javascript:|%%\{/i);
        expect(text.replace(/<br>/g, '')).not.toMatch(/</);
        const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
        const read = db as unknown as Record<string, () => unknown>;
        if (view === 'overview') {
          const vertices = read.getVertices!() as Map<string, { text: string }>;
          const subgraphs = read.getSubGraphs!() as { id: string; title: string }[];
          expect(shown(vertices.get('cp_apiserver')?.text ?? '')).toBe(asRead(cluster.nodes[0]!.components[0]!.label));
          expect(shown(subgraphs.find((g) => g.id === 'fuzz')?.title ?? '')).toBe(asRead(cluster.label));
          expect(subgraphs.filter((g) => g.id !== 'fuzz' && g.id !== 'cp' && g.id !== 'w')).toHaveLength(podIds.length);
          expect(shown(read.getAccTitle!() as string)).toContain(cluster.label.replace(/\r\n|[\r\n\u2028\u2029]/g, '\n'));
        }
        if (view === 'request-flow') {
          const actors = read.getActors!() as Map<string, { description: string }>;
          expect(shown(actors.get('w_kubelet')?.description ?? '')).toBe(asRead(cluster.nodes[1]!.components[0]!.label));
        }
      }
    }),
    { numRuns: 25 },
  );
}, 180_000);
