// zod compiles a fast parser for each object schema with `new Function` when it is created, and
// probes for that by trying it: under the site's content security policy (no 'unsafe-eval') the
// probe alone is a reported violation. Imported first, before any schema is built, this makes zod
// parse without compiling.
import { config } from 'zod';

config({ jitless: true });
