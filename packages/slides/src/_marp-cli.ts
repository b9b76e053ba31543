import { AsyncLocalStorage } from 'node:async_hooks';
import type { MarpOptions } from '@marp-team/marp-core';
import { createMarp } from './create-marp.js';

type EngineFactory = (options: MarpOptions) => unknown;

// marp-cli takes its engine as a module to import, never as an object. The module below is inline
// (so it exists whether this package runs from source or from dist) and asks the calling context
// for the engine, so concurrent renders each get their own.
const KEY = Symbol.for('@kubegram/slides/marp-cli-engine');
const ENGINE_MODULE = `data:text/javascript,${encodeURIComponent(
  `const s = globalThis[Symbol.for(${JSON.stringify(KEY.description)})]; export default (o) => s.getStore()(o);`,
)}`;

function engineStore(): AsyncLocalStorage<EngineFactory> {
  const g = globalThis as unknown as Record<symbol, AsyncLocalStorage<EngineFactory> | undefined>;
  g[KEY] ??= new AsyncLocalStorage<EngineFactory>();
  return g[KEY];
}

/** Runs marp-cli's Node API with our engine (or `engine`); throws with marp-cli's exit code on failure. */
export async function runMarpCli(args: readonly string[], env: Record<string, string> = {}, engine: EngineFactory = createMarp): Promise<void> {
  // Loaded on the first render: a build whose decks all come from its cache never pays for it.
  const { marpCli } = await import('@marp-team/marp-cli');
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const code = await engineStore().run(
      engine,
      () => marpCli(['--no-config-file', '--engine', ENGINE_MODULE, ...args]),
    );
    if (code !== 0) throw new Error(`marp-cli failed with exit code ${code} (arguments: ${args.join(' ')})`);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
