import 'server-only';
import { jobHandlers } from './job-handlers';
import { jobNames } from './job-names';
import { jobQueue } from './job-queue';

// How often an idle worker asks for work. pg-boss fetches with FOR UPDATE SKIP LOCKED, so any
// number of instances can poll the same queue and each job runs on one of them.
const POLLING_INTERVAL_SECONDS = 2;
const RETRY_START_MS = 10_000;

/** Works every queue in this process until stopWorker(). */
export async function startWorker(): Promise<void> {
  const boss = await jobQueue();
  for (const name of jobNames) {
    await boss.work(name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS }, async ([job]) =>
      job ? jobHandlers[name](job) : undefined,
    );
  }
}

/**
 * Starts the worker without ever failing the caller: while the database is unreachable (or the
 * job schema not installed yet) it logs and tries again, so an instance starts and serves anyway.
 */
export function startWorkerInBackground(): void {
  startWorker().then(
    () => console.log('Factdesk: background jobs are worked by this instance.'),
    (error: unknown) => {
      console.warn(`Factdesk: the job worker could not start (${error instanceof Error ? error.message : error}); trying again in ${RETRY_START_MS / 1000} s.`);
      setTimeout(startWorkerInBackground, RETRY_START_MS).unref();
    },
  );
}

/** Stops fetching, lets running jobs finish for up to `timeoutMs`, then closes the pool. */
export async function stopWorker(timeoutMs = 10_000): Promise<void> {
  const boss = await jobQueue().catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
