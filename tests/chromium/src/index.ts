/**
 * The one way browser tests and benchmarks start Chromium: Debian's binary (or `CHROME_PATH`),
 * never a downloaded one, with the flags that keep a test run quiet and offline.
 *
 * @module @kubegram/test-chromium
 */
export { CHROMIUM_ARGS, chromiumPath, launchChromium, launchChromiumContext } from './launch-chromium.ts';
