import { readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { modelKey, type Lesson } from '@kubegram/content';
import { codeIdentity, hashKey } from '@kubegram/content/fs';
import type { Cluster } from '@kubegram/model';
import type { DeckCover } from './_deck-cover.js';

const require = createRequire(import.meta.url);

// Cache keys change with the format of what is cached, as well as with the code that makes it.
const FORMAT = 1;

/** The code that makes a deck: this package, the packages its diagrams and lessons come from, and Marp. */
export async function deckCodeIdentity(): Promise<string> {
  const packages = ['@kubegram/content/package.json', '@kubegram/diagram/package.json', '@kubegram/model/package.json', '@marp-team/marp-core/package.json', '@marp-team/marp-cli', '@marp-team/marpit', 'markdown-it'];
  return codeIdentity([import.meta.url, ...packages.map((p) => require.resolve(p))]);
}

/** What a deck is made from besides its lesson. */
export interface DeckInputs {
  code: string;
  contentDir: string;
  course: string;
  theme: string;
}

/**
 * The cache key of a lesson's deck (its Marp Markdown and HTML): the lesson's frontmatter and body,
 * the clusters it draws, its cover's place and bytes, and the course's name and theme. The lesson
 * counts by its path in the course folder, so another checkout finds the same key.
 */
export async function deckKey(lesson: Lesson, clusters: ReadonlyMap<string, Cluster>, cover: DeckCover | undefined, deck: DeckInputs): Promise<string> {
  const coverBytes = cover ? await readFile(cover.source) : new Uint8Array();
  return hashKey(FORMAT, { ...deck, contentDir: '' }, {
    file: relative(deck.contentDir, lesson.file).split('\\').join('/'),
    frontmatter: lesson.frontmatter,
    body: lesson.body,
    bodyLine: lesson.bodyLine,
    cover: cover?.href ?? '',
    coverBytes,
    models: lesson.diagrams.map((ref) => {
      const cluster = clusters.get(modelKey(ref.model));
      return cluster === undefined ? '' : clusterHash(cluster);
    }),
  });
}

// Every lesson drawing from a model hashes the same cluster object.
const clusterHashes = new WeakMap<Cluster, string>();
function clusterHash(cluster: Cluster): string {
  let hash = clusterHashes.get(cluster);
  if (hash === undefined) clusterHashes.set(cluster, (hash = hashKey(cluster)));
  return hash;
}

/** The cache key of a deck's PDF: its deck's key and the Chromium that prints it (by its file's size and time). */
export async function pdfKey(deck: string, chromePath: string, notes: boolean): Promise<string> {
  const chromium = await realpath(chromePath)
    .then(async (path) => {
      const s = await stat(path);
      return `${path}:${s.size}:${s.mtimeMs}`;
    })
    .catch(() => 'missing');
  return hashKey(FORMAT, deck, chromium, notes);
}
