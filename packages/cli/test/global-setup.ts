// @ts-expect-error: the build script is plain JavaScript without declarations.
import { buildCli } from '../scripts/build.mjs';

/** Builds dist/ from the current sources so the spawned binary is the code under test. */
export default async function setup(): Promise<void> {
  await buildCli();
}
