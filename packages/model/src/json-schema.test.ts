import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusterJsonSchema } from './json-schema.js';

describe('clusterJsonSchema', () => {
  it('describes the file format with its required fields and enums', () => {
    const schema = clusterJsonSchema as { required: string[]; properties: Record<string, { description?: string }> };
    expect(schema.required).toEqual(['id', 'nodes']);
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'id', 'label', 'description', 'cloud', 'etcd', 'nodes', 'namespaces', 'workloads', 'services', 'ingresses', 'actors', 'relations']);
    expect(JSON.stringify(schema)).toContain('"enum":["ClusterIP","NodePort","LoadBalancer","ExternalName"]');
    expect(JSON.stringify(schema)).toContain('"enum":["control-plane","worker"]');
    expect(schema.properties.nodes?.description).toBe('The machines of the cluster.');
  });

  it('matches the committed schema/cluster.schema.json (run `npm run build && npm run schema` to refresh it)', () => {
    const committed = readFileSync(new URL('../schema/cluster.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(clusterJsonSchema, null, 2)}\n`);
  });
});
