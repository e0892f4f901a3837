// The cost of the worst inputs we could construct for each parser of untrusted input (issue 10,
// defect 1): Markdown and HTML import (parse, sanitise, freeze), Readability extraction, and the
// JSON of an annotation import and of a backup restore, each at 100 KB and at the largest size
// the server accepts. Every figure is one parse on the server's event loop: while it runs, no
// other request on that instance is answered, so the largest figure is the longest stall one
// request can cause. Refused inputs are timed to their refusal. The import endpoints parse large
// documents in a worker thread with a deadline instead (lib/server/parsing): the last figures are
// the longest the event loop stalls, i.e. how long another request waits, during the worst import
// on the event loop and through that worker.
// Runnable alone: npx tsx scripts/bench/parsers-bench.ts [--quick]
import { pathToFileURL } from 'node:url';
import { prepareImportSafely } from '../../lib/server/parsing/prepare-import-safely';
import { prepareImport, MAX_IMPORT_BYTES } from '../../lib/core/document/import-article';
import { extractArticle } from '../../lib/core/document/extract-article';
import { parseAnnotationImport } from '../../lib/core/exports/parse-annotation-import';
import { readArchive } from '../../lib/core/backup/read-archive';
import { BackupArchiveError } from '../../lib/core/backup/archive-error';
import { HOSTILE_HTML, HOSTILE_JSON, HOSTILE_MARKDOWN, HOSTILE_PAGES, type HostileInput } from './hostile-inputs';
import type { Figure } from './figure';

const KB = 1024;
/** parseJsonBody's cap (lib/server/api/parse.ts): the largest annotation import. */
const MAX_JSON_BYTES = 4 * 1024 * KB;
/** The most safeFetch downloads for one page (lib/server/import/safe-fetch.ts). */
const PAGE_BYTES = 5 * 1024 * KB;

type Parser = { title: string; inputs: HostileInput[]; sizes: number[]; run: (input: string) => string };

const PARSERS: Parser[] = [
  { title: 'Markdown import', inputs: HOSTILE_MARKDOWN, sizes: [100 * KB, MAX_IMPORT_BYTES], run: (content) => outcome(prepareImport({ kind: 'markdown', content })) },
  { title: 'HTML import', inputs: HOSTILE_HTML, sizes: [100 * KB, MAX_IMPORT_BYTES], run: (content) => outcome(prepareImport({ kind: 'html', content })) },
  { title: 'Readability', inputs: HOSTILE_PAGES, sizes: [100 * KB, PAGE_BYTES], run: (html) => extractOutcome(html) },
  { title: 'Annotation import JSON', inputs: HOSTILE_JSON, sizes: [100 * KB, MAX_JSON_BYTES], run: (json) => annotationOutcome(json) },
  { title: 'Backup JSON', inputs: HOSTILE_JSON, sizes: [100 * KB, MAX_JSON_BYTES], run: (json) => backupOutcome(json) },
];

export async function benchParsers({ quick = false } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const parser of PARSERS) {
    for (const input of parser.inputs) {
      for (const bytes of quick ? parser.sizes.slice(0, 1) : parser.sizes) {
        const content = input.build(bytes);
        const started = performance.now();
        const note = parser.run(content);
        const ms = Math.round(performance.now() - started);
        figures.push({ name: `${parser.title}: ${input.name}, ${sizeLabel(content.length)}`, value: ms, unit: 'ms', note });
      }
    }
  }
  if (!quick) figures.push(...(await benchStall()));
  return figures;
}

/** The longest stall of the event loop while the worst 2 MB Markdown (unclosed images) is imported. */
async function benchStall(): Promise<Figure[]> {
  const content = HOSTILE_MARKDOWN.find((input) => input.name.startsWith('unclosed images'))?.build(MAX_IMPORT_BYTES) ?? '';
  const onLoop = await longestStall(async () => outcome(prepareImport({ kind: 'markdown', content })));
  const inWorker = await longestStall(async () => {
    const result = await prepareImportSafely({ kind: 'markdown', content }).catch((error: Error) => error);
    return result instanceof Error ? `refused: ${result.message.slice(0, 40)}` : outcome(result);
  });
  return [
    { name: 'Longest event-loop stall, worst 2 MB Markdown parsed on the loop', value: onLoop.ms, unit: 'ms', note: onLoop.note },
    { name: 'Longest event-loop stall, worst 2 MB Markdown in the worker', value: inWorker.ms, unit: 'ms', note: inWorker.note },
  ];
}

/** Runs work while a 10 ms timer measures the longest gap between its ticks. */
async function longestStall(work: () => Promise<string>): Promise<{ ms: number; note: string }> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const note = await work();
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(timer);
  return { ms: Math.round(longest), note };
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * KB ? `${(bytes / 1024 / KB).toFixed(0)} MB` : `${Math.round(bytes / KB)} KB`;
}

function outcome(result: ReturnType<typeof prepareImport>): string {
  return result.ok ? `${result.document.blocks.length} blocks` : `refused: ${result.code}`;
}

function extractOutcome(html: string): string {
  const result = extractArticle(html, { url: 'https://news.example.test/story' });
  return result.ok ? `${result.article.document.blocks.length} blocks` : `refused: ${result.code}`;
}

function annotationOutcome(json: string): string {
  const result = parseAnnotationImport(JSON.parse(json));
  return result.ok ? `${result.annotations.length} annotations` : `refused: ${result.issues.length} issues`;
}

function backupOutcome(json: string): string {
  try {
    readArchive(Buffer.from(json));
    return 'accepted';
  } catch (error) {
    if (error instanceof BackupArchiveError) return `refused: ${error.message.slice(0, 40)}`;
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { printFigures } = await import('./figure');
  printFigures('Parsers of untrusted input, worst cases (Node)', await benchParsers({ quick: process.argv.includes('--quick') }));
}
