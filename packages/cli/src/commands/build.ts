import { parseCommandArgs } from '../_args.js';
import { buildFailure, cacheDir, checkOutDir, courseInput, defaultTitle, stageReporter } from '../_course-output.js';
import { defineCommand } from '../_define-command.js';
import { displayPath, writeStream } from '../_io.js';
import { plural } from '../_problems.js';
import { EXIT } from '../types.js';

/** `kubegram build`: the course site and its decks from a folder of lessons. */
export const build = defineCommand({
  name: 'build',
  help: `Usage: kubegram build <dir> [options]

Build the course site of a folder of lessons (<dir>/<module>/<lesson>.md, models beside them): a
page per lesson with its diagrams drawn from the cluster model, a front page, and each lesson's
slide deck under slides/ (HTML, Marp Markdown and, when Chromium is found, PDF). Serve the folder
with any static web server, or open index.html.

Arguments:
  <dir>                the course folder

Options:
  -o, --out <dir>      where to write the site (default: dist); emptied first
      --no-pdf         skip the PDF decks (without Chromium they are skipped with a note)
      --cache <dir>    keep each lesson's page, deck and PDF here and render again only what
                       changed (default: node_modules/.cache/kubegram, when node_modules exists)
      --no-cache       render every lesson
      --title <text>   the course's name on every page and deck (default: the folder's name)
      --intro <text>   the paragraph the front page opens with
  -h, --help           show this help

Chromium is looked for at CHROME_PATH, else /usr/bin/chromium.
Exit codes: 0 built, 1 the build failed, 2 bad arguments or a lesson or model with problems
(each printed as file:line:column).
`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs('build', args, {
      out: { type: 'string', short: 'o' },
      'no-pdf': { type: 'boolean' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      title: { type: 'string' },
      intro: { type: 'string' },
    }, { min: 1, max: 1, names: '<dir>' });
    const input = await courseInput('build', positionals[0]!, ctx.cwd, ['folder']);
    const outDir = await checkOutDir(values.out ?? 'dist', ctx, input.path);
    const cache = cacheDir(values, ctx.cwd, outDir);
    const { buildCourse } = await import('@kubegram/site');
    const progress = stageReporter('build', ctx);
    let report;
    try {
      report = await buildCourse({
        contentDir: input.path,
        outDir,
        title: values.title ?? defaultTitle(input.path),
        intro: values.intro ?? '',
        pdf: values['no-pdf'] !== true,
        ...(cache === undefined ? {} : { cache: { dir: cache } }),
        onStage: progress.stage,
      });
    } catch (error) {
      throw buildFailure(error);
    } finally {
      await progress.done();
    }
    const { site, decks } = report;
    const pdfs = decks.decks.filter((d) => d.pdf !== undefined).length;
    const where = displayPath(outDir, ctx.cwd);
    await writeStream(ctx.stdout, [
      `${where}: ${plural(site.pages.length, 'page')}, ${plural(site.diagrams, 'diagram')}`,
      `${displayPath(decks.index, ctx.cwd)}: ${plural(decks.decks.length, 'deck')}, ${plural(decks.decks.reduce((n, d) => n + d.slides, 0), 'slide')}, ${plural(pdfs, 'PDF')}`,
      '',
    ].join('\n'));
    if (decks.pdfSkipped !== undefined) await writeStream(ctx.stderr, `kubegram build: no PDFs: ${decks.pdfSkipped}\n`);
    return EXIT.ok;
  },
});
