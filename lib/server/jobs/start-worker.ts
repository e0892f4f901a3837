import 'server-only';
import type PgBoss from 'pg-boss';
import type { JobWithMetadata } from 'pg-boss';
import { jobHandlers } from './job-handlers';
import { jobNames, type JobName } from './job-names';
import { jobQueue } from './job-queue';
import { getEnv } from '@/lib/env';
import { scheduleNotificationMail } from '@/lib/server/notifications/notification-mail-job';
import { scheduleArticleUpkeep } from '@/lib/server/articles/scheduled-change-check';
import { scheduleEvidenceRecheck } from '@/lib/server/evidence-archive/evidence-recheck-job';
import { scheduleSnapshotPurge } from '@/lib/server/evidence-archive/purge-unused-snapshots';

// Jobs taken per fetch and run side by side. pg-boss waits the polling interval after every
// fetch, so a full batch asks again at once: a backlog drains at the speed of the work.
const BATCH_SIZE = 5;
const RETRY_START_MS = 10_000;
const CHAIN_CHECK_MS = 60_000;
let chainCheck: ReturnType<typeof setInterval> | undefined;

/** Works every queue in this process until stopWorker(). */
export async function startWorker(): Promise<void> {
  const boss = await jobQueue();
  for (const name of jobNames) {
    let workerId = '';
    // How often an idle worker asks for work (FACTDESK_JOBS_POLL_SECONDS, 2 s; the tests take
    // 0.5 s). pg-boss fetches with FOR UPDATE SKIP LOCKED, so any number of instances can poll
    // the same queue and each job runs on one of them.
    const options = { includeMetadata: true as const, batchSize: BATCH_SIZE, pollingIntervalSeconds: getEnv().FACTDESK_JOBS_POLL_SECONDS };
    workerId = await boss.work(name, options, async (jobs) => {
      await Promise.all(jobs.map((job) => runJob(boss, name, job)));
      if (jobs.length === BATCH_SIZE && workerId) boss.notifyWorker(workerId);
    });
  }
  // The recurring job starts its chain (a no-op when another instance's run already waits), and
  // every minute each worker checks the chain is there: an instance stopped mid-run cannot end it.
  // Its failure must not fail the start: the queues above are already being worked.
  await scheduleNotificationMail(0).catch((error: unknown) =>
    console.warn(`Factdesk: the notification mail job could not be queued (${error instanceof Error ? error.message : error}).`),
  );
  await scheduleArticleUpkeep(0).catch(() => undefined);
  await scheduleEvidenceRecheck().catch((error: unknown) =>
    console.warn(`Factdesk: the evidence re-check job could not be queued (${error instanceof Error ? error.message : error}).`),
  );
  await scheduleSnapshotPurge().catch(() => undefined);
  clearInterval(chainCheck);
  chainCheck = setInterval(() => {
    void scheduleNotificationMail().catch(() => undefined);
    void scheduleArticleUpkeep().catch(() => undefined);
    void scheduleEvidenceRecheck().catch(() => undefined);
    void scheduleSnapshotPurge().catch(() => undefined);
  }, CHAIN_CHECK_MS);
  chainCheck.unref();
}

// Each job of a batch succeeds or fails on its own (pg-boss would fail the whole batch with the
// first error): what is completed or failed here is no longer active when pg-boss completes
// the batch after the handler.
async function runJob(boss: PgBoss, name: JobName, job: JobWithMetadata<unknown>): Promise<void> {
  try {
    const output = await jobHandlers[name](job);
    await boss.complete(name, job.id, typeof output === 'object' && output !== null ? output : undefined);
  } catch (error) {
    await boss.fail(name, job.id, error instanceof Error ? error : { message: String(error) });
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
  clearInterval(chainCheck);
  const boss = await jobQueue().catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
