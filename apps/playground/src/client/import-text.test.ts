import { describe, expect, it } from 'vitest';
import { importText } from './import-text.ts';

// The shape of "kubectl get nodes,pods -A -o json", cut down to one node and one pod.
const kubectl = JSON.stringify({
  apiVersion: 'v1',
  kind: 'List',
  items: [
    {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'kind-control-plane', labels: { 'node-role.kubernetes.io/control-plane': '' } },
      status: { capacity: { cpu: '4', memory: '8Gi' }, nodeInfo: { kubeletVersion: 'v1.31.0', containerRuntimeVersion: 'containerd://1.7.18' } },
    },
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1', namespace: 'default' }, spec: { nodeName: 'kind-control-plane', containers: [{ name: 'nginx', image: 'nginx:1.27' }] }, status: { phase: 'Running' } },
  ],
});

describe('importText', () => {
  it('imports kubectl output into a model spec', () => {
    const result = importText(kubectl);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.spec.nodes?.map((n) => n.id)).toEqual(['kind-control-plane']);
    expect(result.spec.nodes?.[0]?.pods?.map((p) => p.id)).toEqual(['web-1']);
    expect(Array.isArray(result.notes)).toBe(true);
  });

  it('gives the problems of broken kubectl output with their line', () => {
    const result = importText('apiVersion: v1\nkind: List\nitems: [\n  metadata: {\n');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject(expect.objectContaining({ line: expect.any(Number), message: expect.stringMatching(/invalid YAML/) }));
  });

  it('says what it expected of text that is not kubectl output', () => {
    expect(importText('id: demo\n', 'notes.txt')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('notes.txt is not kubectl output') }] });
  });
});
