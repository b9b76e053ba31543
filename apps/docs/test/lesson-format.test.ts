// The relaxed lesson format through the whole site build: a flat folder of title-only lessons, a
// leading "# Title" that repeats the title, a cover image and a video.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '@kubegram/site';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3d7c5b30000000049454e44ae426082', 'hex');

describe('a flat course of minimal lessons', () => {
  let root: string;
  let html: (path: string) => Promise<string>;
  let warnings: string[];
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'kubegram-format-'));
    const course = join(root, 'k8s-basics');
    await mkdir(join(course, 'images'), { recursive: true });
    await writeFile(join(course, 'images', 'pods.png'), PNG);
    await writeFile(join(course, '01-pods.md'), "---\ntitle: Pods\ncoverImage: images/pods.png\nvideoId: dQw4w9WgXcQ\n---\n# Pods\n\nThe smallest thing Kubernetes runs.\n\n## Containers\n\nOne or more.\n");
    await writeFile(join(course, '02-services.md'), "---\ntitle: Services\n---\n# Reaching pods\n\nA stable name.\n");
    await mkdir(join(course, 'extra', 'drafts'), { recursive: true });
    await writeFile(join(course, 'extra', 'drafts', 'draft.md'), "---\ntitle: Draft\n---\n");
    ({ warnings } = await buildSite({ contentDir: course, outDir: join(root, 'site'), slidesPath: 'slides' }));
    html = (path) => readFile(join(root, 'site', path), 'utf8');
  }, 120_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('builds a page per lesson under the module the folder names', async () => {
    const page = await html('k8s-basics/01-pods.html');
    expect(page).toContain('<p class="lesson__module">K8s basics</p>');
    expect(page).toContain('<p class="lesson__excerpt">The smallest thing Kubernetes runs.</p>');
  });

  it('reports Markdown it leaves out as a warning naming the folder', () => {
    expect(warnings).toEqual([expect.stringMatching(/extra\/drafts: warning: skipped extra\/drafts\/ and the Markdown in it/)]);
  });

  it('shows the title once: a leading "# Title" that repeats it is left out, a different one stays', async () => {
    const pods = await html('k8s-basics/01-pods.html');
    expect(pods.match(/<h1\b/g)).toHaveLength(1);
    expect(await html('k8s-basics/02-services.html')).toContain('<h1 id="reaching-pods">Reaching pods</h1>');
  });

  it('copies the cover image beside the pages and shows it on the page and the front page', async () => {
    expect(await readFile(join(root, 'site', 'k8s-basics/media/01-pods/pods.png'))).toEqual(PNG);
    expect(await html('k8s-basics/01-pods.html')).toContain('<img class="lesson__cover" src="media/01-pods/pods.png" alt="">');
    expect(await html('index.html')).toContain('<img class="course__cover" src="k8s-basics/media/01-pods/pods.png" alt="" loading="lazy">');
  });

  it('links the video for a click, with no frame or request to the video site in the page', async () => {
    const page = await html('k8s-basics/01-pods.html');
    expect(page).toContain('<a class="lesson__video" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" target="_blank" rel="noopener noreferrer">');
    expect(page).not.toMatch(/<iframe|(?:src)="https?:/);
  });
});
