import { createRequire } from 'node:module';
import { formats } from '@kubegram/diagram';
import { writeStream } from './_io.js';
import { interrupts } from './_interrupt.js';
import { EXIT, type CliIo, type Command, type CommandContext } from './types.js';

// "SVG, Mermaid, PNG or Text": every format of the registry, so a new one is listed without an edit here.
const labels = formats.map((f) => f.label);
const FORMAT_LIST = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : (labels[0] ?? '');

// Commands load on demand: `render` never pays for the YAML writer or the Markdown parser.
const COMMANDS: readonly { name: string; summary: string; load: () => Promise<Command> }[] = [
  { name: 'render', summary: `Draw one view of a model as ${FORMAT_LIST}`, load: async () => (await import('./commands/render.js')).render },
  { name: 'diagrams', summary: 'Regenerate (or --check, or --watch) every diagram the lessons reference', load: async () => (await import('./commands/diagrams.js')).diagrams },
  { name: 'import', summary: 'Turn kubectl output of a real cluster into a model (YAML or JSON)', load: async () => (await import('./commands/import.js')).importCommand },
  { name: 'build', summary: 'Build the course site and its slide decks from a folder of lessons', load: async () => (await import('./commands/build.js')).build },
  { name: 'slides', summary: 'Turn a lesson or a folder of lessons into slide decks (HTML, PDF)', load: async () => (await import('./commands/slides.js')).slides },
  { name: 'validate', summary: 'Check a model and print every problem with its path', load: async () => (await import('./commands/validate.js')).validate },
  { name: 'check', summary: 'Check lessons, models, diagram references and committed pictures, for CI', load: async () => (await import('./commands/check.js')).check },
  { name: 'init', summary: 'Start a course: a lesson, a model, its picture, scripts and a CI workflow', load: async () => (await import('./commands/init.js')).init },
];

const HELP = `Usage: kubegram <command> [options]

Kubernetes architecture diagrams from a typed cluster model.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Options:
  -h, --help       show help (also: kubegram <command> --help)
  -V, --version    print the version
      --debug      print stack traces of unexpected errors

Exit codes: 0 ok, 1 a check or validation failed, 2 bad usage, unreadable input or unwritable output.
Ctrl-C or SIGTERM stops any command at once (status 130 or 143), leaving no partial file.
`;

/**
 * Runs the command line `argv` (without the node and script paths) against `io` and resolves to
 * the exit code. Never throws: every failure is printed to `io.stderr`.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [first, ...rest] = args;
  if (first === undefined || first === '--help' || first === '-h') {
    await writeStream(first === undefined ? io.stderr : io.stdout, HELP);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
    await writeStream(io.stdout, `${version}\n`);
    return EXIT.ok;
  }
  const helpFor = first === 'help' ? rest[0] : undefined;
  const entry = COMMANDS.find((c) => c.name === (helpFor ?? first));
  if (entry === undefined) {
    const name = helpFor ?? first;
    if (first === 'help' && helpFor === undefined) {
      await writeStream(io.stdout, HELP);
      return EXIT.ok;
    }
    const near = COMMANDS.find((c) => c.name.startsWith(name.slice(0, 3)));
    await writeStream(
      io.stderr,
      `kubegram: unknown ${name.startsWith('-') ? 'option' : 'command'} "${name}"${near ? ` (did you mean "${near.name}"?)` : ''}\nRun "kubegram --help" for the list of commands.\n`,
    );
    return EXIT.usage;
  }
  const command = await entry.load();
  if (helpFor !== undefined || rest.includes('--help') || rest.includes('-h')) {
    await writeStream(io.stdout, command.help);
    return EXIT.ok;
  }
  // Built without spreading `io`: reading `signal` is itself a request (see processIo).
  const ctx: CommandContext = Object.defineProperties({ debug }, Object.getOwnPropertyDescriptors(io)) as CommandContext;
  try {
    return await command.run(rest, ctx);
  } catch (cause) {
    const error = cause as Error & { exitCode?: number };
    if (error?.name === 'CliError') {
      await writeStream(io.stderr, `kubegram ${command.name}: ${error.message}\n`);
      return error.exitCode ?? EXIT.usage;
    }
    const detail = debug ? (error?.stack ?? String(cause)) : `${error?.message ?? String(cause)}\n(run again with --debug for the stack trace)`;
    await writeStream(io.stderr, `kubegram ${command.name}: unexpected error: ${detail}\n`);
    return EXIT.failed;
  }
}

function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`kubegram render ... | head`) is the reader's choice, not an error worth a
    // trace. Any other failure reaches the pending write, which reports it naming the stream.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  return {
    // Getters: Node makes standard input and error on first use, and reading a file or pipe on
    // standard input loads the file streams, which a command drawing a preset never needs.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    get stderr() {
      return process.stderr;
    },
    cwd: process.cwd(),
    // Only a command that reads the signal (`diagrams --watch`) takes Ctrl-C over to stop cleanly;
    // every other command is ended by it at once, even in the middle of a long render.
    get signal() {
      return interrupts.stopSignal();
    },
  };
}
