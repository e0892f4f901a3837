// Runs inside a worker thread (see parse-pool.ts): one parse of untrusted text at a time, so that
// a document that is slow to parse holds this thread and never the server's event loop.
// Loaded by tsx from source at run time, not from Next's bundle, so it may import only pure
// core modules: no 'server-only', no database.
import { parentPort } from 'node:worker_threads';
import { prepareImport, type ImportInput } from '@/lib/core/document';
import { extractArticle } from '@/lib/core/document/extract-article';

export type WorkerTask = { task: 'prepare'; input: ImportInput } | { task: 'extract'; html: string; url: string };

parentPort?.on('message', (message: WorkerTask) => {
  parentPort?.postMessage(message.task === 'prepare' ? prepareImport(message.input) : extractArticle(message.html, { url: message.url }));
});
