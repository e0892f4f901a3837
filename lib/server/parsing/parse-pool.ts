import 'server-only';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportInput, PreparedImport } from '@/lib/core/document';
import type { ExtractArticleResult } from '@/lib/core/document/extract-article';
import type { WorkerTask } from './import-worker';

/**
 * A small pool of worker threads that prepare imports of untrusted text (decision 016). Even a
 * linear parser takes tens of seconds on the worst 2 MB inputs; on the event loop that would
 * leave every other request to this instance unanswered. Here it costs one worker, and past the
 * deadline the worker is terminated (V8 stops it mid-parse) and replaced.
 *
 * The worker runs lib/server/parsing/import-worker.ts from source through tsx's loader rather
 * than from Next's server bundle: the bundle has no entry for a worker script, and the file
 * path below is the same in `next dev`, `next start` and the tests (the app's working directory
 * is the project root).
 */
const POOL_SIZE = 2;
const DEFAULT_DEADLINE_MS = 10_000;
/** Enough for the HTML and DOM of a 2 MB document; a runaway parse fails instead of the server. */
const WORKER_HEAP_MB = 768;
/**
 * Extra time for a job given to a worker just started: loading the parsers through tsx takes 1
 * to 3 s on a busy machine, and that must not be counted against the document.
 */
const STARTUP_ALLOWANCE_MS = 10_000;

export class ParseDeadlineError extends Error {
  constructor(readonly reason: 'deadline' | 'crashed') {
    super(reason === 'deadline' ? 'The parse ran past its deadline' : 'The parse worker stopped');
  }
}

type Job = {
  task: WorkerTask;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
};

const idle: Worker[] = [];
const queue: Job[] = [];
/** Workers started and not yet terminated, busy or idle. */
let alive = 0;

/** Milliseconds a parse may take; FACTDESK_IMPORT_PARSE_TIMEOUT_MS overrides the 10 s default. */
export function parseDeadlineMs(): number {
  const configured = Number(process.env.FACTDESK_IMPORT_PARSE_TIMEOUT_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_DEADLINE_MS;
}

/** prepareImport in a worker thread; rejects with ParseDeadlineError past the deadline. */
export function prepareImportInWorker(input: ImportInput): Promise<PreparedImport> {
  return runInWorker({ task: 'prepare', input });
}

/** extractArticle in a worker thread; rejects with ParseDeadlineError past the deadline. */
export function extractArticleInWorker(html: string, url: string): Promise<ExtractArticleResult> {
  return runInWorker({ task: 'extract', html, url });
}

function runInWorker<T>(task: WorkerTask): Promise<T> {
  return new Promise((resolve, reject) => {
    queue.push({ task, resolve: (result) => resolve(result as T), reject });
    dispatch();
  });
}

function dispatch(): void {
  while (queue.length > 0 && (idle.length > 0 || alive < POOL_SIZE)) {
    const job = queue.shift() as Job;
    const warm = idle.pop();
    run(warm ?? startWorker(), job, warm ? 0 : STARTUP_ALLOWANCE_MS);
  }
}

function run(worker: Worker, job: Job, allowanceMs: number): void {
  const finish = (outcome: () => void, keep: boolean) => {
    clearTimeout(timer);
    worker.off('message', onMessage);
    worker.off('error', onFailure);
    worker.off('exit', onFailure);
    if (keep) idle.push(worker);
    else void worker.terminate();
    outcome();
    dispatch();
  };
  const onMessage = (result: unknown) => finish(() => job.resolve(result), true);
  const onFailure = () => finish(() => job.reject(new ParseDeadlineError('crashed')), false);
  const timer = setTimeout(() => finish(() => job.reject(new ParseDeadlineError('deadline')), false), parseDeadlineMs() + allowanceMs);
  worker.on('message', onMessage);
  worker.on('error', onFailure);
  worker.on('exit', onFailure);
  worker.postMessage(job.task);
}

function startWorker(): Worker {
  const root = process.cwd();
  // tsx is pinned (package.json) and already runs `npm start`; its API registers its loader.
  const tsx = pathToFileURL(path.join(root, 'node_modules/tsx/dist/esm/api/index.mjs')).href;
  const entry = pathToFileURL(path.join(root, 'lib/server/parsing/import-worker.ts')).href;
  // An ES module given as a data: URL, so that nothing here is a file the bundler would chase.
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), {
    // Not the server's own flags (Next's, or --conditions=react-server): the worker needs none.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  alive += 1;
  worker.once('exit', () => {
    alive -= 1;
    const index = idle.indexOf(worker);
    if (index !== -1) idle.splice(index, 1);
  });
  // An idle worker must not keep a finishing process (tests, scripts) alive.
  worker.unref();
  return worker;
}
