// An esbuild plugin that loads Node's built-in modules (`node:fs`, `node:util`, ...) with require()
// and reads from each only the names the bundle uses.
//
// Why: importing a built-in as an ES module builds its namespace by reading every export, which
// runs the lazy getters behind them: `node:fs` loads fs/promises, readline and the streams,
// `node:util` loads worker_threads. That is about 10 ms each on every start of a command that
// uses none of it. So does esbuild's own interop for a CommonJS module, which copies every
// property. Here each built-in is a small ES module whose exports read one name each, marked
// pure, so the bundler keeps the reads of the names some code imports and drops the rest. The
// bundle's banner defines the `require` it calls.
import { builtinModules, createRequire } from 'node:module';

const NAMESPACE = 'builtin-by-require';
const require = createRequire(import.meta.url);
// `node:fs` and `fs`, `node:fs/promises` and `fs/promises`, ...
const BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})$`);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The stand-in for one built-in module, its exports listed as the building Node has them. */
function standIn(name) {
  const names = Object.keys(Object.getOwnPropertyDescriptors(require(name))).filter((n) => IDENTIFIER.test(n) && n !== 'default');
  return [
    `const m = require(${JSON.stringify(name)});`,
    'const get = (key) => m[key];',
    'export default m;',
    ...names.map((n) => `export const ${n} = /* @__PURE__ */ get(${JSON.stringify(n)});`),
  ].join('\n');
}

/** The plugin. */
export function builtinsByRequire() {
  return {
    name: NAMESPACE,
    setup(build) {
      build.onResolve({ filter: BUILTIN }, (args) =>
        // The require() inside the stand-in stays a real call to Node.
        args.namespace === NAMESPACE ? { path: args.path, external: true } : { path: args.path, namespace: NAMESPACE },
      );
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: standIn(args.path), loader: 'js' }));
    },
  };
}
