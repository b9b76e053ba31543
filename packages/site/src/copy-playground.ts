import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Copies a built playground (the folder with its `index.html`) into the site at `playground/`,
 * where the header links to it. Throws when there is no built playground in `builtDir`.
 */
export async function copyPlayground(siteDir: string, builtDir: string): Promise<string> {
  const page = join(builtDir, 'index.html');
  const built = await stat(page).then((s) => s.isFile(), () => false);
  if (!built) throw new Error(`no built playground at ${page}: build the playground first`);
  const to = join(siteDir, 'playground');
  await cp(builtDir, to, { recursive: true });
  return to;
}
