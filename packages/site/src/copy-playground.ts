import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILT = fileURLToPath(new URL('../../playground/dist/', import.meta.url));

/**
 * Copies the built playground (apps/playground/dist) into the site at `playground/`, where the
 * header links to it. Throws when it has not been built, naming the command that builds it.
 */
export async function copyPlayground(siteDir: string, builtDir = BUILT): Promise<string> {
  const page = join(builtDir, 'index.html');
  const built = await stat(page).then((s) => s.isFile(), () => false);
  if (!built) throw new Error(`no built playground at ${page}: run "npm run build -w @kubegram/playground-app" first (turbo does so before this build)`);
  const to = join(siteDir, 'playground');
  await cp(builtDir, to, { recursive: true });
  return to;
}
