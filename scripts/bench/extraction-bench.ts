// Extraction speed on a ~500 KB news page: the Lavrov fixture grown to the size of a heavy real
// page (a long story, an inline script bundle, menus, a related-stories rail and a comment thread),
// then extractArticle (linkedom + Readability + sanitising + freezing), target < 300 ms.
// Deterministic (seeded), so figures compare across machines and commits.
// Runnable alone: npx tsx scripts/bench/extraction-bench.ts
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../lib/core/document/extract-article';
import { medianMs } from './figure';

export type BenchFigure = { name: string; value: number; unit: string; target?: string };

const FIXTURE = new URL('../../lib/core/document/fixtures/pages/lavrov-syria.html', import.meta.url);
const TARGET_BYTES = 500 * 1024;

export async function benchExtraction(): Promise<BenchFigure[]> {
  const html = buildNewsPage(readFileSync(FIXTURE, 'utf8'));
  const bytes = Buffer.byteLength(html, 'utf8');
  const url = 'https://news.example.test/Detail/2017/12/28/russia-lavrov-us-forces-syria';

  const result = extractArticle(html, { url });
  if (!result.ok) throw new Error(`The bench page yielded no article: ${result.message}`);
  const { document } = result.article;
  const furnitureLeft = ['Related coverage', 'Reader comment', 'Section link'].filter((p) => document.text.includes(p));
  if (furnitureLeft.length > 0) throw new Error(`Page furniture survived extraction: ${furnitureLeft.join(', ')}`);

  const time = medianMs(() => extractArticle(html, { url }));
  return [
    { name: 'news page size', value: Math.round(bytes / 1024), unit: 'KB' },
    { name: 'extracted story', value: document.blocks.length, unit: `blocks, ${document.text.length} chars` },
    { name: 'extract article from a 500 KB page (median)', value: Math.round(time * 10) / 10, unit: 'ms', target: '< 300 ms' },
  ];
}

/**
 * The fixture with its story body repeated in varied paragraphs until the page reaches ~500 KB,
 * about half story and half furniture, the split of a typical heavy news page.
 */
export function buildNewsPage(fixture: string): string {
  const paragraphs = [...fixture.matchAll(/<p>([^<]{80,})<\/p>/g)].map((match) => match[1] as string);
  const random = seeded(20_251_127);
  const words = paragraphs.join(' ').split(/\s+/);
  const phrase = (length: number) => Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');

  const story: string[] = [];
  const furniture: string[] = [
    `<script>window.__bundle = ${JSON.stringify(phrase(12_000))};</script>`,
    `<nav class="mega-menu"><ul>${Array.from({ length: 300 }, (_, i) => `<li><a href="/section/${i}">Section link ${i}</a></li>`).join('')}</ul></nav>`,
    `<aside class="related"><h3>Related coverage</h3><ul>${Array.from({ length: 300 }, (_, i) => `<li><a href="/Detail/${i}">Related coverage: ${phrase(8)}</a></li>`).join('')}</ul></aside>`,
    `<section id="comments" class="comments">${Array.from({ length: 250 }, (_, i) => `<div class="comment"><span class="author">reader${i}</span><p>Reader comment: ${phrase(25)}</p></div>`).join('')}</section>`,
  ];
  let size = fixture.length + furniture.join('').length;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const base = paragraphs[i % paragraphs.length] as string;
    const paragraph = i % 9 === 8 ? `<h2>${phrase(6)}</h2>` : `<p>${base} ${phrase(20 + (i % 30))}.</p>`;
    story.push(paragraph);
    size += paragraph.length + 1;
  }
  return fixture
    .replace(/(<div class="story-body">)[\s\S]*?(<\/div>)/, (_m, open: string, close: string) => `${open}\n${story.join('\n')}\n${close}`)
    .replace('</main>', `${furniture.slice(1).join('\n')}</main>`)
    .replace('</body>', `${furniture[0]}</body>`);
}


/** mulberry32: a tiny deterministic generator, so the page is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const figure of await benchExtraction()) {
    const target = figure.target ? `  (target ${figure.target})` : '';
    console.log(`${figure.name.padEnd(48)} ${String(figure.value).padStart(8)} ${figure.unit}${target}`);
  }
}
