/** PDF export needs Chromium, and none was found where it was looked for. */
export class ChromiumNotFoundError extends Error {
  override readonly name = 'ChromiumNotFoundError';
  constructor(readonly path: string) {
    super(
      `PDF export needs Chromium, and there is none at ${path}. Install it (Debian: apt-get install chromium) ` +
        `or point CHROME_PATH at a Chromium or Chrome binary; the HTML decks do not need it.`,
    );
  }
}
