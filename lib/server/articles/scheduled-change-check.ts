import 'server-only';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import { jobQueue } from '@/lib/server/jobs/job-queue';
import { fetchAndAddVersion, markChecked } from './check-for-changes';
import { purgeDeletedArticles } from './delete-article';

// Scheduled "check for changes" (decision 042). An admin picks the workspace's schedule (off,
// daily, weekly, daily for the first 30 days after import then weekly); a stately pg-boss job
// runs every FACTDESK_CHANGE_CHECK_INTERVAL_SECONDS on one instance, fetches a batch of the
// link-imported articles that are due, and queues its next run (at once while a full batch shows
// more are waiting). A changed page becomes a new version exactly as a member's check would, and
// the people who reviewed the story are told ("an article you reviewed changed at its source").

const CHANGE_CHECK_JOB = 'article-change-check';
const PURGE_JOB = 'article-purge';
const BATCH = 20;
const SCHEDULED_CHECK_NAME = 'Scheduled check for changes';

/** Queues the next runs of both upkeep jobs (stately queues: a no-op when one already waits). */
export async function scheduleArticleUpkeep(delaySeconds?: number): Promise<void> {
  await scheduleRun(CHANGE_CHECK_JOB, delaySeconds);
  await scheduleRun(PURGE_JOB, delaySeconds);
}

async function scheduleRun(name: string, delaySeconds = getEnv().FACTDESK_CHANGE_CHECK_INTERVAL_SECONDS): Promise<void> {
  const boss = await jobQueue();
  await boss.send(name, {}, { startAfter: delaySeconds, retryLimit: 2, retryDelay: 5, expireInSeconds: 900 });
}

/** The articles due for a check now, oldest check first. */
export async function dueForChangeCheck(now = new Date(), limit = BATCH): Promise<{ id: string; workspaceId: string }[]> {
  return db.$queryRaw<{ id: string; workspaceId: string }[]>`
    SELECT a.id, a."workspaceId" FROM article a JOIN workspace w ON w.id = a."workspaceId"
     WHERE w."changeCheckSchedule" <> 'off' AND a."sourceUrl" IS NOT NULL AND a."deletedAt" IS NULL
       AND coalesce(a."lastCheckedAt", a."createdAt") <= ${now}::timestamptz - CASE
             WHEN w."changeCheckSchedule" = 'daily' THEN interval '1 day'
             WHEN w."changeCheckSchedule" = 'weekly' THEN interval '7 days'
             WHEN a."createdAt" > ${now}::timestamptz - interval '30 days' THEN interval '1 day'
             ELSE interval '7 days' END
     ORDER BY coalesce(a."lastCheckedAt", a."createdAt"), a.id
     LIMIT ${limit}`;
}

/** One run: a batch of due articles, one after the other (a page per request, kind to outlets). */
export async function runChangeCheckJob(): Promise<{ checked: number; changed: number; failed: number }> {
  let checked = 0;
  let changed = 0;
  let failed = 0;
  let due: { id: string; workspaceId: string }[] = [];
  try {
    due = await dueForChangeCheck();
    for (const article of due) {
      try {
        const result = await fetchAndAddVersion({ workspaceId: article.workspaceId, userId: null, userName: SCHEDULED_CHECK_NAME }, article.id);
        checked++;
        if (result.status === 'changed') changed++;
      } catch {
        // A link that fails (gone, refused, a claim edited meanwhile) waits for its next turn
        // rather than blocking the queue; a member can still check it by hand and see why.
        failed++;
        await markChecked(article.id, new Date());
      }
    }
    return { checked, changed, failed };
  } finally {
    await scheduleRun(CHANGE_CHECK_JOB, due.length === BATCH ? 1 : undefined).catch(() => undefined);
  }
}

/** Removes for good the articles deleted more than 30 days ago. */
export async function runPurgeJob(): Promise<{ purged: number }> {
  try {
    return await purgeDeletedArticles();
  } finally {
    await scheduleRun(PURGE_JOB).catch(() => undefined);
  }
}
