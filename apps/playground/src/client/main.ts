// The playground's entry. zod must be told not to compile parsers before any schema is built, and
// esbuild may put shared modules (the model's schemas among them) in chunks that run before an
// entry's own code: so this entry sets that first and loads the page's script afterwards.
import './_no-eval.ts';

await import('./app.ts');
