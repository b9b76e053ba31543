import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lesson } from '@kubegram/content';
import { describe, expect, test } from 'vitest';
import { coverDataUrl, deckCover } from './_deck-cover.js';

const lesson = (coverImage: string) => ({ file: '/course/basics/nodes.md', frontmatter: { coverImage } }) as Lesson;

describe('deckCover', () => {
  test('deckCover takes the file from beside the lesson and puts it under media/<slug>/ by its name', () => {
    expect(deckCover(lesson('../art/cover.png'), 'nodes')).toEqual({ source: '/course/art/cover.png', href: 'media/nodes/cover.png' });
    expect(deckCover(lesson('art\\cover.png'), 'nodes')?.href).toBe('media/nodes/cover.png');
    expect(deckCover(lesson(''), 'nodes')).toBeUndefined();
  });

  test('coverDataUrl inlines the file with the media type of its extension', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kubegram-cover-'));
    await writeFile(join(dir, 'a.SVG'), '<svg/>');
    await writeFile(join(dir, 'b.bin'), 'x');
    expect(await coverDataUrl({ source: join(dir, 'a.SVG'), href: '' })).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    expect(await coverDataUrl({ source: join(dir, 'b.bin'), href: '' })).toBe('data:application/octet-stream;base64,eA==');
  });
});
