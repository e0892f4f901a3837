// Lighthouse (desktop and mobile presets) on the article page, signed in, in Debian's Chromium,
// and the page's first-load JavaScript (scripts/lib/first-load-js.ts: deterministic, read from the
// build). The page is loaded once before measuring so that Next's server caches are warm, as they
// are for a real user. FACTDESK_BENCH_DETAILS=1 prints the elements behind any failing
// accessibility audit and the chunks of the first load; FACTDESK_BENCH_LHR_DIR=dir keeps each
// run's whole Lighthouse report there (LCP phases, long tasks, the network) to look into. Lighthouse's figures move with the load of
// the machine (TBT above all, simulated from the observed main thread): the load average is printed,
// and FACTDESK_BENCH_LH_RUNS=N reports the median of N runs; FACTDESK_BENCH_LH_PRESETS=mobile runs
// one preset only.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import type { Figure } from './figure';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../lib/server/chromium';
import { firstLoadJs } from '../lib/first-load-js';

const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS];
const distDir = fileURLToPath(new URL('../../.next', import.meta.url));

type Preset = 'desktop' | 'mobile';

async function runLighthouse(pageUrl: string, cookie: string, preset: Preset) {
  const extraHeaders = cookie ? { Cookie: cookie } : undefined;
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags });
  try {
    const result = await lighthouse(
      pageUrl,
      { port: chrome.port, output: 'json', logLevel: 'error', extraHeaders, onlyCategories: ['performance', 'accessibility'] },
      // The mobile preset is Lighthouse's default: a mid-range phone on slow 4G, CPU slowed 4×.
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    await chrome.kill();
  }
}

function lighthouseRuns(): number {
  const runs = Number.parseInt(process.env.FACTDESK_BENCH_LH_RUNS ?? '1', 10);
  return Number.isInteger(runs) && runs > 0 ? runs : 1;
}

/** FACTDESK_BENCH_LH_PRESETS=mobile measures one preset only (both by default). */
function presets(): Preset[] {
  const wanted = (process.env.FACTDESK_BENCH_LH_PRESETS ?? 'desktop,mobile').split(',');
  return (['desktop', 'mobile'] as const).filter((preset) => wanted.includes(preset));
}

function loadAverage(): string {
  return loadavg().map((l) => l.toFixed(2)).join(' ');
}

/** Figures of one article page: its first-load JS, then each preset's scores and timings. */
export async function benchLighthouse(label: string, pageUrl: string, cookie: string, buildDir = distDir): Promise<Figure[]> {
  const page = await fetch(pageUrl, { headers: { cookie } });
  if (!page.ok) throw new Error(`The article page answered ${page.status}`);
  const js = firstLoadJs(await page.text(), buildDir);
  if (process.env.FACTDESK_BENCH_DETAILS) {
    for (const c of js.chunks) console.error(`  ${c.file} ${c.bytes} B, ${c.gzipBytes} B gzip${c.hasZod ? ' (zod)' : ''}`);
  }
  const zodChunks = js.chunks.filter((c) => c.hasZod).map((c) => path.basename(c.file));
  const figures: Figure[] = [
    {
      name: `${label}: first-load JS (gzip, ${js.chunks.length} chunks)`,
      value: Math.round(js.gzipBytes / 100) / 10,
      unit: 'kB',
      target: '≤ 170',
      note: zodChunks.length ? `zod in ${zodChunks.join(', ')}` : 'no zod',
    },
  ];
  for (const preset of presets()) {
    const before = loadAverage();
    // FACTDESK_BENCH_LH_RUNS=N: N runs, the one with the median performance score reported (on a
    // shared machine one run's score moves by ±10 with the load).
    const runs = [];
    for (let i = 0; i < lighthouseRuns(); i++) runs.push(await runLighthouse(pageUrl, cookie, preset));
    const scores = runs.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
    const lhr = runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[Math.floor(runs.length / 2)]!;
    const { categories, audits } = lhr;
    if (process.env.FACTDESK_BENCH_LHR_DIR) {
      const file = `${label.replace(/\W+/g, '-')}-${preset}.json`;
      writeFileSync(path.join(process.env.FACTDESK_BENCH_LHR_DIR, file), JSON.stringify(lhr));
    }
    const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
    const failing = (categories.accessibility?.auditRefs ?? [])
      .map((ref) => audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => a!.id);
    if (process.env.FACTDESK_BENCH_DETAILS) {
      // Where the main thread's time went, and which scripts took it.
      for (const id of ['mainthread-work-breakdown', 'bootup-time', 'long-tasks', 'largest-contentful-paint-element']) {
        const items = (audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        console.error(`${label}, ${preset}: ${id}`, JSON.stringify(items.slice(0, 8)));
      }
      for (const id of failing) console.error(id, JSON.stringify((audits[id]?.details as { items?: unknown[] } | undefined)?.items?.slice(0, 5), null, 1));
    }
    const summary = (audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number; requestCount: number }[] } | undefined)?.items;
    const scripts = summary?.find((item) => item.resourceType === 'script');
    const document = summary?.find((item) => item.resourceType === 'document');
    const load = `${runs.length > 1 ? `median of ${runs.length} (${scores.join(', ')}); ` : ''}load average ${before} before, ${loadAverage()} after`;
    figures.push(
      { name: `${label}, ${preset}: Lighthouse performance`, value: score('performance'), unit: '/100', target: '≥ 95', note: load },
      {
        name: `${label}, ${preset}: Lighthouse accessibility`,
        value: score('accessibility'),
        unit: '/100',
        target: '100',
        note: failing.length ? `failing: ${failing.join(', ')}` : undefined,
      },
      { name: `${label}, ${preset}: largest contentful paint`, value: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0), unit: 'ms' },
      { name: `${label}, ${preset}: total blocking time`, value: Math.round(audits['total-blocking-time']?.numericValue ?? 0), unit: 'ms' },
      { name: `${label}, ${preset}: the page's HTML (transfer)`, value: Math.round((document?.transferSize ?? 0) / 100) / 10, unit: 'kB' },
      // Every script the page loaded while Lighthouse watched, lazy chunks fetched at hydration included.
      { name: `${label}, ${preset}: scripts loaded (transfer, ${scripts?.requestCount ?? 0} requests)`, value: Math.round((scripts?.transferSize ?? 0) / 100) / 10, unit: 'kB' },
    );
  }
  return figures;
}
