import 'server-only';
import { getEnv } from '@/lib/env';
import type { JobName, WorkspaceJobData } from './job-names';
import { jobQueue } from './job-queue';

// Five retries with exponential backoff and jitter (pg-boss: delay × 2^n, up to twice that):
// with the default 30 s, the last try comes 15 to 30 minutes after the first. After that the
// job is `failed`, the dead-letter state an admin can see and retry.
const RETRY_LIMIT = 5;
// A job whose worker died (instance killed mid-send) is given back to the queue after this.
const EXPIRE_IN_SECONDS = 120;

/** Queues a job; it survives restarts and runs on whichever instance fetches it first. */
export async function enqueueJob(name: JobName, data: WorkspaceJobData & Record<string, unknown>): Promise<string> {
  const boss = await jobQueue();
  const id = await boss.send(name, data, {
    retryLimit: RETRY_LIMIT,
    retryDelay: getEnv().FACTDESK_JOBS_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: EXPIRE_IN_SECONDS,
  });
  if (!id) throw new Error(`The ${name} job was not queued.`);
  return id;
}
