import 'server-only';
import { db } from '@/lib/server/db/client';
import { jobQueue } from '@/lib/server/jobs/job-queue';

export const SNAPSHOT_PURGE_JOB = 'evidence-snapshot-purge';

// An unused copy is kept this long: a source removed by mistake and added again, or a link
// changed back, finds its copy (same bytes, same snapshot) rather than a page that may have
// changed since. Deleted articles keep their sources for their own 30 days (RESTORE_DAYS), so
// their copies go 30 days after the article's purge.
export const SNAPSHOT_GRACE_DAYS = 30;
// Copies removed per statement (each up to 5 MB compressed, plus its screenshot).
const BATCH = 100;
const IDLE_DELAY_SECONDS = 3600;

/** Queues the next run of the chain (a stately queue: a no-op when one already waits). */
export async function scheduleSnapshotPurge(delaySeconds = IDLE_DELAY_SECONDS): Promise<void> {
  const boss = await jobQueue();
  await boss.send(SNAPSHOT_PURGE_JOB, {}, { startAfter: delaySeconds, retryLimit: 2, retryDelay: 30, expireInSeconds: 900 });
}

/**
 * Mark and sweep. A copy no evidence_archive row points at is stamped `unusedSince`; one pointed
 * at again loses its stamp; one stamped more than SNAPSHOT_GRACE_DAYS ago is deleted.
 *
 * The delete is conditional in its one statement (still stamped long enough, still unused), and
 * the archive job clears the stamp when it deduplicates onto a copy (storeSnapshot's upsert),
 * before any archive row points at it. So a source archived while this runs either clears the
 * stamp first (the delete, re-checking the row it waited for, skips it) or finds the copy gone
 * and stores it anew; it never ends up pointing at a deleted copy.
 */
export async function purgeUnusedSnapshots(now = new Date()): Promise<{ stamped: number; reused: number; removed: number }> {
  const reused = await db.$executeRaw`
    UPDATE evidence_snapshot s SET "unusedSince" = NULL
     WHERE s."unusedSince" IS NOT NULL AND EXISTS (SELECT 1 FROM evidence_archive a WHERE a."snapshotId" = s.id)`;
  const stamped = await db.$executeRaw`
    UPDATE evidence_snapshot s SET "unusedSince" = ${now}
     WHERE s."unusedSince" IS NULL AND NOT EXISTS (SELECT 1 FROM evidence_archive a WHERE a."snapshotId" = s.id)`;
  const before = new Date(now.getTime() - SNAPSHOT_GRACE_DAYS * 24 * 60 * 60 * 1000);
  const removed = await db.$executeRaw`
    DELETE FROM evidence_snapshot s
     WHERE s.id IN (SELECT id FROM evidence_snapshot WHERE "unusedSince" < ${before} ORDER BY "unusedSince" LIMIT ${BATCH})
       AND s."unusedSince" < ${before}
       AND NOT EXISTS (SELECT 1 FROM evidence_archive a WHERE a."snapshotId" = s.id)`;
  return { stamped, reused, removed };
}

/** One run of the chain; a full batch removed queues the next at once. */
export async function runSnapshotPurgeJob(): Promise<{ stamped: number; reused: number; removed: number }> {
  let removed = 0;
  try {
    const result = await purgeUnusedSnapshots();
    removed = result.removed;
    return result;
  } finally {
    await scheduleSnapshotPurge(removed === BATCH ? 1 : IDLE_DELAY_SECONDS).catch(() => undefined);
  }
}
