import 'server-only';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import { jobQueue } from '@/lib/server/jobs/job-queue';
import { recheckArchive } from './recheck-archive';

export const EVIDENCE_RECHECK_JOB = 'evidence-recheck';

// Sources fetched side by side within a batch: each waits on someone else's server.
const CONCURRENCY = 4;
// When a run found less than a full batch due, the next looks again this much later.
const IDLE_DELAY_SECONDS = 3600;

/**
 * Queues the next run of the re-check chain. Its queue is `stately` (job-names.ts): one run
 * waits and one runs whatever the number of instances, as for the notification mail job.
 */
export async function scheduleEvidenceRecheck(delaySeconds = IDLE_DELAY_SECONDS): Promise<void> {
  const boss = await jobQueue();
  await boss.send(EVIDENCE_RECHECK_JOB, {}, { startAfter: delaySeconds, retryLimit: 2, retryDelay: 30, expireInSeconds: 1800 });
}

/**
 * One run: the archived sources checked longest ago (before the interval,
 * FACTDESK_EVIDENCE_RECHECK_INTERVAL_SECONDS, a week by default), one batch of them by the
 * (state, checkedAt) index, so 300,000 sources are a series of short runs, never one long
 * scan. A full batch queues the next run at once; otherwise the chain rests for an hour.
 */
export async function runEvidenceRecheckJob(): Promise<{ checked: number }> {
  let checked = 0;
  let full = false;
  try {
    const env = getEnv();
    const due = new Date(Date.now() - env.FACTDESK_EVIDENCE_RECHECK_INTERVAL_SECONDS * 1000);
    const rows = await db.evidenceArchive.findMany({
      where: { state: 'archived', checkedAt: { lt: due } },
      orderBy: { checkedAt: 'asc' },
      take: env.FACTDESK_EVIDENCE_RECHECK_BATCH,
      select: { evidenceId: true, url: true, evidence: { select: { url: true, passage: true } } },
    });
    full = rows.length === env.FACTDESK_EVIDENCE_RECHECK_BATCH;
    let next = 0;
    const worker = async () => {
      for (let row = rows[next++]; row; row = rows[next++]) {
        if (row.evidence.url !== row.url) continue;
        await recheckArchive({ evidenceId: row.evidenceId, url: row.url, passage: row.evidence.passage });
        checked++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return { checked };
  } finally {
    await scheduleEvidenceRecheck(full ? 1 : IDLE_DELAY_SECONDS).catch(() => undefined);
  }
}
