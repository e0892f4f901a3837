import 'server-only';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/lib/server/chromium';

// Chromium starts on the first page asked for (a PDF export, an archive screenshot), not with
// the app, and stays up for the next one: one browser per process, shared by both.
let browser: Promise<Browser> | null = null;

export function chromiumPath(): string {
  return process.env.FACTDESK_CHROMIUM_PATH ?? CHROMIUM_PATH;
}

/** Whether the Chromium binary is there; its users say what they do without it. */
export function chromiumInstalled(): boolean {
  return existsSync(chromiumPath());
}

/** The running browser, started (or restarted after a crash) when needed. Check chromiumInstalled first. */
export async function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }).catch((error: unknown) => {
    browser = null;
    throw error;
  });
  const running = await browser;
  if (!running.isConnected()) {
    browser = null;
    return getBrowser();
  }
  return running;
}
