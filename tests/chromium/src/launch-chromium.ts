import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

/** Flags for every launch: no sandbox (containers), no GPU, and nothing that reaches the network by itself. */
export const CHROMIUM_ARGS: readonly string[] = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The Chromium binary: `CHROME_PATH` when set, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(): string {
  return process.env['CHROME_PATH'] || '/usr/bin/chromium';
}

/** Starts Chromium headless with the shared flags; playwright gives each launch a fresh profile. */
export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({ ...options, executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}

/**
 * Starts Chromium with a persistent context in a fresh user-data folder of its own, for tests
 * that need one (content-security-policy reports, service workers). Closing the context removes
 * the folder.
 */
export async function launchChromiumContext(options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'kubegram-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { ...options, executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
  // The context reports closing while Chromium may still be writing its profile: retry the removal
  // a while, and leave a stray temp folder rather than fail a test over it.
  context.on('close', () => void rm(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 }).catch(() => undefined));
  return context;
}
