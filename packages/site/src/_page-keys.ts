import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { modelKey } from '@kubegram/content';
import { codeIdentity, hashKey } from '@kubegram/content/fs';
import type { Cluster } from '@kubegram/model';
import type { SitePlan } from './_site-plan.ts';

const require = createRequire(import.meta.url);

// Cache keys change with the format of what is cached, as well as with the code that makes it.
const FORMAT = 1;

/** The code that makes a page: this package and every package its pages are drawn with. */
export async function siteCodeIdentity(): Promise<string> {
  const packages = ['@kubegram/content/package.json', '@kubegram/diagram/package.json', '@kubegram/model/package.json', 'markdown-it', 'esbuild'];
  return codeIdentity([import.meta.url, ...packages.map((p) => require.resolve(p))]);
}

/** What every page is made from besides its own lesson: the site's options and the course's outline. */
export interface SiteInputs {
  code: string;
  contentDir: string;
  siteTitle: string;
  slidesPath: string;
  headerLinks: unknown;
  downloads: readonly string[];
}

/**
 * The cache key of each lesson's page (with its diagrams' downloads), in plan order: its lesson's
 * frontmatter and body, the clusters it draws, its neighbours, and the whole navigation and page
 * map, which every page links through. Paths count relative to the course folder, so a course
 * built in another checkout finds the same keys.
 */
export function pageKeys(plan: SitePlan, clusters: ReadonlyMap<string, Cluster>, site: SiteInputs): string[] {
  const rel = (file: string) => relative(site.contentDir, file).split('\\').join('/');
  const clusterHashes = new Map([...clusters].map(([key, cluster]) => [key, hashKey(cluster)]));
  const shared = hashKey(FORMAT, { ...site, contentDir: '' }, plan.nav, [...plan.pageOf].map(([file, page]) => [rel(file), page]));
  return plan.entries.map((entry, i) =>
    hashKey(shared, {
      file: rel(entry.lesson.file),
      frontmatter: entry.lesson.frontmatter,
      body: entry.lesson.body,
      bodyLine: entry.lesson.bodyLine,
      module: [entry.module.name, entry.module.slug],
      slug: entry.slug,
      cover: entry.cover?.path ?? '',
      previous: plan.entries[i - 1]?.nav ?? null,
      next: plan.entries[i + 1]?.nav ?? null,
      models: entry.lesson.diagrams.map((ref) => clusterHashes.get(modelKey(ref.model)) ?? ''),
    }),
  );
}
