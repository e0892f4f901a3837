// Lighthouse (desktop preset) on the article page of the sample article with 30 claims, signed in,
// in Debian's Chromium. The page is loaded once before measuring so that Next's server caches
// are warm, as they are for a real user. FACTDESK_BENCH_DETAILS=1 prints the elements behind any
// failing accessibility audit.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import type { Figure } from './figure';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../lib/server/chromium';

const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS];

export async function benchLighthouse(pageUrl: string, cookie: string): Promise<Figure[]> {
  await fetch(pageUrl, { headers: { cookie } });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags });
  try {
    const result = await lighthouse(
      pageUrl,
      { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: { Cookie: cookie }, onlyCategories: ['performance', 'accessibility'] },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    const failing = (categories.accessibility?.auditRefs ?? [])
      .map((ref) => audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => a!.id);
    if (process.env.FACTDESK_BENCH_DETAILS) {
      for (const id of failing) console.error(id, JSON.stringify((audits[id]?.details as { items?: unknown[] } | undefined)?.items?.slice(0, 5), null, 1));
    }
    return [
      { name: 'Article page (30 claims): Lighthouse performance', value: score('performance'), unit: '/100', target: '≥ 95' },
      { name: 'Article page (30 claims): Lighthouse accessibility', value: score('accessibility'), unit: '/100', target: '100', note: failing.length ? `failing: ${failing.join(', ')}` : undefined },
      { name: 'Article page: largest contentful paint', value: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0), unit: 'ms' },
      { name: 'Article page: total blocking time', value: Math.round(audits['total-blocking-time']?.numericValue ?? 0), unit: 'ms' },
    ];
  } finally {
    await chrome.kill();
  }
}
