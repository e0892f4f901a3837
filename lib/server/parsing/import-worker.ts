// Runs inside a worker thread (see parse-pool.ts): prepares one import at a time, so that a
// document that is slow to parse holds this thread and never the server's event loop.
// Loaded by tsx from source at run time, not from Next's bundle, so it may import only pure
// core modules: no 'server-only', no database.
import { parentPort } from 'node:worker_threads';
import { prepareImport, type ImportInput } from '@/lib/core/document';

parentPort?.on('message', (input: ImportInput) => {
  parentPort?.postMessage(prepareImport(input));
});
