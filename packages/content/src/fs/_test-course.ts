import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A small model in YAML, with a pod whose id tests change to see a diagram follow. */
export const MODEL = (pod = 'web-1') => `id: shop
nodes:
  - { id: cp-1, role: control-plane }
  - id: worker-1
    role: worker
    pods:
      - id: ${pod}
        containers: [{ image: nginx:1.27 }]
`;

/** A lesson whose body is `body`, after the frontmatter (the body starts on line 12). */
export const LESSON = (body: string) => `---
id: "1"
order: 1
title: 'A cluster'
excerpt: 'Its parts'
coverImage: ''
module: 'Architecture'
videoId: ''
duration: ''
---

${body}
`;

/** A temporary course folder holding `files` (path -> text), inside a folder of its own. */
export async function course(files: Record<string, string>): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'kubegram-engine-'));
  const dir = join(root, 'course');
  await mkdir(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return { root, dir };
}
