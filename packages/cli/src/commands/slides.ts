import { dirname, relative, resolve } from 'node:path';
import { parseCommandArgs } from '../_args.js';
import { buildFailure, cacheDir, checkOutDir, courseInput, defaultTitle, stageReporter } from '../_course-output.js';
import { defineCommand } from '../_define-command.js';
import { inputError } from '../_errors.js';
import { displayPath, writeStream } from '../_io.js';
import { plural } from '../_problems.js';
import { EXIT, type CommandContext } from '../types.js';

/** `kubegram slides`: the slide decks of one lesson or of a folder of lessons. */
export const slides = defineCommand({
  name: 'slides',
  help: `Usage: kubegram slides <lesson.md|dir> [options]

Turn lessons into Marp slide decks, every diagram drawn from the cluster model: one lesson into
<out>/<lesson>.html and .md, or a folder of lessons (<dir>/<module>/<lesson>.md) into
<out>/<module>/<lesson>.* with an index.html of every deck.

Arguments:
  <lesson.md|dir>      a lesson, or the course folder

Options:
  -o, --out <dir>      where to write the decks (default: slides); for a folder, emptied first
      --pdf            print every deck to PDF too (needs Chromium: CHROME_PATH, else /usr/bin/chromium)
      --cache <dir>    keep each deck and PDF here and render again only what changed, shared
                       with kubegram build (default: node_modules/.cache/kubegram, when
                       node_modules exists)
      --no-cache       render every deck
      --title <text>   the course's name in the decks' footers (default: the course folder's name)
  -h, --help           show this help

Exit codes: 0 built, 1 the build failed, 2 bad arguments or a lesson or model with problems
(each printed as file:line:column).
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('slides', args, {
      out: { type: 'string', short: 'o' },
      pdf: { type: 'boolean' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      title: { type: 'string' },
    }, { min: 1, max: 1, names: '<lesson.md|dir>' });
    const input = await courseInput('slides', positionals[0]!, ctx.cwd, ['folder', 'lesson']);
    const out = values.out ?? 'slides';
    const outDir = input.kind === 'lesson' ? lessonOutDir(input.path, out, ctx) : await checkOutDir(out, ctx, input.path);
    const cache = cacheDir(values, ctx.cwd, input.kind === 'folder' ? outDir : undefined);
    const opts: DeckRun = { outDir, title: values.title, pdf: values.pdf === true, ...(cache === undefined ? {} : { cache: { dir: cache } }) };
    const progress = stageReporter('slides', ctx);
    progress.stage(opts.pdf ? 'decks and PDFs' : 'decks');
    try {
      if (input.kind === 'lesson') return await oneLesson(input.path, opts, ctx);
      return await wholeCourse(input.path, opts, ctx);
    } catch (error) {
      throw buildFailure(error);
    } finally {
      await progress.done();
    }
  },
});

// What a slides run writes where, and with which cache.
interface DeckRun {
  outDir: string;
  title: string | undefined;
  pdf: boolean;
  cache?: { dir: string };
}

function lessonOutDir(file: string, out: string, ctx: CommandContext): string {
  const outDir = resolve(ctx.cwd, out);
  // The deck's Markdown is <slug>.md: next to the lesson it could replace the lesson itself.
  if (relative(outDir, dirname(file)) === '') throw inputError(`--out ${out}: that is the lesson's own folder, where the deck's .md could replace a lesson; choose another, such as --out slides`);
  return outDir;
}

async function oneLesson(file: string, { title, ...opts }: DeckRun, ctx: CommandContext): Promise<number> {
  const { buildLessonDeck } = await import('@kubegram/slides');
  const report = await buildLessonDeck(file, { ...opts, course: title ?? defaultTitle(dirname(dirname(file))) });
  const d = report.deck;
  await writeStream(ctx.stdout, `${displayPath(d.html, ctx.cwd)}: ${plural(d.slides, 'slide')}${d.pdf === undefined ? '' : `, ${displayPath(d.pdf, ctx.cwd)}`}\n`);
  if (report.pdfSkipped !== undefined) await writeStream(ctx.stderr, `kubegram slides: no PDF: ${report.pdfSkipped}\n`);
  return EXIT.ok;
}

async function wholeCourse(dir: string, { title, ...opts }: DeckRun, ctx: CommandContext): Promise<number> {
  const { buildDecks } = await import('@kubegram/slides');
  const report = await buildDecks({ ...opts, contentDir: dir, course: title ?? defaultTitle(dir) });
  const pdfs = report.decks.filter((d) => d.pdf !== undefined).length;
  await writeStream(ctx.stdout, `${displayPath(report.index, ctx.cwd)}: ${plural(report.decks.length, 'deck')}, ${plural(report.decks.reduce((n, d) => n + d.slides, 0), 'slide')}, ${plural(pdfs, 'PDF')}\n`);
  if (report.pdfSkipped !== undefined) await writeStream(ctx.stderr, `kubegram slides: no PDFs: ${report.pdfSkipped}\n`);
  return EXIT.ok;
}
