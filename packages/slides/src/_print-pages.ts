import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A page to print: its HTML and its size in CSS pixels. */
export interface PrintPage {
  html: string;
  width: number;
  height: number;
}

/** Options of `openPrinter`. */
export interface PrinterOptions {
  chromePath: string;
  /** How many pages Chromium lays out and prints at a time. */
  parallel: number;
}

/** One Chromium that prints pages to PDF as they are handed to it. */
export interface Printer {
  /** The page's PDF; pages print in the order they are given, `parallel` at a time. */
  print(page: PrintPage): Promise<Buffer>;
  /** Stops Chromium (once every page handed to it has printed, or failed). */
  close(): Promise<void>;
}

// Headless in a container, offline: nothing is fetched that the page itself does not ask for.
// In one process: Chromium otherwise starts a utility process for every PDF it makes (the print
// compositor, which turns the page's drawing into PDF) and ends it after, loading fonts afresh in
// each; that was about a third of the CPU a deck cost. In the browser process it is a thread that
// keeps its fonts, and the PDFs are the same.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--single-process'];

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

async function launch(chromePath: string): Promise<{ browser: Browser; context: BrowserContext }> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromePath, args: ARGS });
  const context = await browser.newContext();
  // A busy machine may take long over one deck; a dead Chromium still fails the build, in the end.
  context.setDefaultTimeout(TIMEOUT_MS);
  return { browser, context };
}

/**
 * Starts one Chromium (a fresh profile) that prints HTML pages to PDF, `parallel` at a time: the
 * caller hands it pages as they are made, and goes on making the next ones while it prints.
 */
export function openPrinter(options: PrinterOptions): Printer {
  const started = launch(options.chromePath);
  // Seen as handled here: a failed start fails every print, and the build with them.
  started.catch(() => {});
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  let tabs = 0;
  // A tab per page printing at a time, reused: a new tab costs Chromium more than a new document in an old one.
  const take = async (): Promise<Page> => {
    const free = idle.pop();
    if (free) return free;
    if (tabs >= options.parallel) return new Promise((resolve) => waiting.push(resolve));
    tabs++;
    const page = await (await started).context.newPage();
    // Laid out for print from the start: Chromium then prints the layout it has, rather than
    // laying each deck out for the screen first and again for paper (same PDF, less work).
    await page.emulateMedia({ media: 'print' });
    return page;
  };
  const give = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };
  return {
    async print(job) {
      const page = await take();
      try {
        return await printOne(page, job);
      } finally {
        give(page);
      }
    },
    async close() {
      const { browser } = await started.catch(() => ({ browser: undefined }));
      await browser?.close();
    },
  };
}
