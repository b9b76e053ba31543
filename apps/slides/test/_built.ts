import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder `npm run build` writes the decks to. */
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every built HTML deck (not the index), as absolute paths. */
export function builtDecks(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') && path !== join(DIST, 'index.html')) out.push(path);
    }
  };
  walk(DIST);
  return out.sort();
}
