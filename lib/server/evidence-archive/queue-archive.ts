import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import { getEnv } from '@/lib/env';
import { JOB_SCHEMA } from '@/lib/server/jobs/job-names';
import type { EvidenceArchiveJobData } from './evidence-archive-job';

// Retries as enqueueJob's (five, with backoff), and a job whose worker died is given back.
const RETRY_LIMIT = 5;

/**
 * Marks the evidence's archive as waiting for its link and queues the job, in the transaction
 * that adds the evidence or changes its link: both happen or neither, so no source is left
 * "archiving…" without a job, and no job runs for a source that was never saved. The insert is
 * pg-boss's own row (as the webhook deliveries' factdesk_webhook_enqueue, decision 034).
 */
export async function queueArchive(tx: Prisma.TransactionClient, data: EvidenceArchiveJobData): Promise<void> {
  const mode = data.mode ?? 'archive';
  if (mode === 'archive') {
    const reset = {
      url: data.url, state: 'pending', errorCode: null, error: null, snapshotId: null, archivedAt: null,
      passageState: null, passageStart: null, passageEnd: null, passagePrefix: null, passageSuffix: null,
      checkState: null, checkDetail: null, checkedAt: null,
      waybackState: null, waybackUrl: null, waybackError: null, waybackAt: null,
    };
    await tx.evidenceArchive.upsert({
      where: { evidenceId: data.evidenceId },
      create: { evidenceId: data.evidenceId, workspaceId: data.workspaceId, ...reset },
      update: reset,
    });
  }
  await insertJob(tx, data);
}

/** Inserts the job row in the caller's transaction; `startAfterSeconds` defers it (Save Page Now's polls). */
export async function insertJob(tx: Prisma.TransactionClient, data: EvidenceArchiveJobData, startAfterSeconds = 0): Promise<void> {
  const delay = getEnv().FACTDESK_JOBS_RETRY_DELAY_SECONDS;
  await tx.$executeRawUnsafe(
    `INSERT INTO ${JOB_SCHEMA}.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in, policy, start_after)
     SELECT q.name, $1::jsonb, $2, $3, true, interval '2 minutes', q.policy, now() + make_interval(secs => $4::int)
       FROM ${JOB_SCHEMA}.queue q WHERE q.name = 'evidence-archive'`,
    JSON.stringify(data),
    RETRY_LIMIT,
    delay,
    startAfterSeconds,
  );
}
