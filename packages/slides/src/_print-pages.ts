import type { Page } from 'playwright-core';

/** A page to print: its HTML and its size in CSS pixels. */
export interface PrintPage {
  html: string;
  width: number;
  height: number;
}

/** Options of `printPages`. */
export interface PrintPagesOptions {
  chromePath: string;
  /** How many pages Chromium lays out and prints at a time. */
  parallel: number;
  /** Called with each page's PDF as it is printed; the next page loads meanwhile. */
  onPrinted: (index: number, pdf: Buffer) => Promise<void>;
}

// Headless in a container, offline: nothing is fetched that the page itself does not ask for.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const TIMEOUT_MS = 5 * 60_000;

// A deck is one self-contained page (styles, SVG and images inline): once it has loaded, its fonts
// are ready and a frame is painted, it prints as it looks. No wait for the network to go quiet.
async function printOne(page: Page, job: PrintPage): Promise<Buffer> {
  await page.setContent(job.html, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
  // Tagged, as marp-cli's printer (puppeteer) made them: readers can select and read the text in order.
  return page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, width: `${job.width}px`, height: `${job.height}px` });
}

/**
 * Prints HTML pages to PDF in one Chromium (a fresh profile, started once), `parallel` pages at a
 * time; a page's callback runs while the next ones print.
 */
export async function printPages(jobs: readonly PrintPage[], options: PrintPagesOptions): Promise<void> {
  if (jobs.length === 0) return;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: options.chromePath, args: ARGS });
  try {
    const context = await browser.newContext();
    // A busy machine may take long over one deck; a dead Chromium still fails the build, in the end.
    context.setDefaultTimeout(TIMEOUT_MS);
    // The callbacks (speaker notes, writing) run in Node while Chromium prints the next pages.
    const pending: Promise<void>[] = [];
    let failure: unknown;
    let next = 0;
    // A tab per worker, reused: a new tab costs Chromium more than a new document in an old one.
    const worker = async () => {
      const page = await context.newPage();
      // Laid out for print from the start: Chromium then prints the layout it has, rather than
      // laying each deck out for the screen first and again for paper (same PDF, less work).
      await page.emulateMedia({ media: 'print' });
      for (let i = next++; i < jobs.length && failure === undefined; i = next++) {
        const pdf = await printOne(page, jobs[i]!);
        pending.push(options.onPrinted(i, pdf).catch((error: unknown) => void (failure ??= error)));
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.parallel, jobs.length)) }, worker));
    await Promise.all(pending);
    if (failure !== undefined) throw failure;
  } finally {
    await browser.close();
  }
}
