import 'server-only';
import { chromiumInstalled, chromiumPath, getBrowser } from '@/lib/server/chromium-browser';

export const SCREENSHOT_WIDTH = 1280;
export const SCREENSHOT_MAX_HEIGHT = 10_000;
const TIMEOUT_MS = 20_000;

// Defence in depth on top of the request interception: the document served to Chromium forbids
// every fetch and every script itself (inline styles only; images only from data: URLs).
const OFFLINE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; script-src 'none'; frame-src 'none'; form-action 'none'";

export type ScreenshotResult =
  | { state: 'taken'; png: Buffer }
  | { state: 'skipped'; error: string }
  | { state: 'failed'; error: string };

/**
 * A full-page PNG of the STORED copy, never of the live page: Chromium gets the raw body from
 * memory as the answer to its one document request, every other request (images, styles,
 * frames) is aborted or answered here with nothing (a refresh, a frame), JavaScript is off, and the page's own CSP forbids
 * loading anything. 1280 px wide, at most 10,000 px tall, 20 s at most. Never throws.
 */
export async function takeScreenshot(copy: { url: string; body: Buffer; contentType: string; charset: string }): Promise<ScreenshotResult> {
  if (!chromiumInstalled()) {
    return { state: 'skipped', error: `Chromium is not installed at ${chromiumPath()} (set FACTDESK_CHROMIUM_PATH).` };
  }
  let context;
  try {
    context = await (await getBrowser()).newContext({
      viewport: { width: SCREENSHOT_WIDTH, height: 800 },
      javaScriptEnabled: false,
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    let served = false;
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (!served && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        served = true;
        await route.fulfill({
          status: 200,
          headers: {
            'content-type': `${copy.contentType === 'text/plain' ? 'text/plain' : 'text/html'}; charset=${copy.charset}`,
            'content-security-policy': OFFLINE_POLICY,
          },
          body: copy.body,
        });
      } else if (request.isNavigationRequest()) {
        // A refresh or frame the page asks for: "204 No Content" keeps the page as it is (an
        // aborted navigation would replace it with Chromium's error page). Served here, not fetched.
        await route.fulfill({ status: 204, body: '' });
      } else {
        await route.abort('blockedbyclient');
      }
    });
    // Under its own address, so that relative links resolve as they did (all of them blocked anyway).
    await page.goto(copy.url.split('#')[0]!, { waitUntil: 'load', timeout: TIMEOUT_MS });
    // The page's height from the layout, not from a script (none may run, and a refresh the page
    // asks for, aborted, would destroy a script's context).
    const cdp = await context.newCDPSession(page);
    const { cssContentSize } = await cdp.send('Page.getLayoutMetrics');
    const height = Math.max(1, Math.min(Math.ceil(cssContentSize.height), SCREENSHOT_MAX_HEIGHT));
    await page.setViewportSize({ width: SCREENSHOT_WIDTH, height });
    const png = await page.screenshot({ type: 'png', timeout: TIMEOUT_MS, animations: 'disabled' });
    return { state: 'taken', png };
  } catch (error) {
    return { state: 'failed', error: `The screenshot could not be made (${((error as Error).message.split('\n')[0] ?? '').slice(0, 200)}).` };
  } finally {
    await context?.close().catch(() => undefined);
  }
}
