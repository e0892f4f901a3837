import 'server-only';
import type { JobWithMetadata } from 'pg-boss';
import { db } from '@/lib/server/db/client';
import { JobFailure } from '@/lib/server/jobs/job-failure';
import type { EvidenceArchiveJobData } from './evidence-archive-job';
import type { FetchedSnapshot } from './fetch-snapshot';
import { submitToWayback } from './submit-wayback';
import { waitForWayback } from './poll-wayback';
import { takeScreenshot } from './take-screenshot';

/**
 * The screenshot of a snapshot, made once: a snapshot shared by several sources, or archived
 * again with the same bytes, keeps the one it has. Rendered from the bytes being stored, offline.
 */
export async function screenshotSnapshot(snapshotId: string, { page }: FetchedSnapshot): Promise<void> {
  const existing = await db.evidenceSnapshot.findUnique({ where: { id: snapshotId }, select: { screenshotState: true } });
  if (existing?.screenshotState === 'taken') return;
  const shot = await takeScreenshot({ url: page.finalUrl, body: page.bytes, contentType: page.contentType, charset: page.charset });
  await db.evidenceSnapshot.update({
    where: { id: snapshotId },
    data:
      shot.state === 'taken'
        ? { screenshotState: 'taken', screenshotError: null, screenshot: new Uint8Array(shot.png) }
        : { screenshotState: shot.state, screenshotError: shot.error, screenshot: null },
  });
}

/** Save Page Now for one archived source: the link it answered, or why not (retried when that may pass). */
export async function runWaybackSubmission(job: JobWithMetadata<EvidenceArchiveJobData>, evidenceId: string, url: string): Promise<{ outcome: string }> {
  const answer = await submitToWayback(url);
  const at = new Date();
  if (answer.kind === 'saved') {
    await db.evidenceArchive.updateMany({ where: { evidenceId, url }, data: { waybackState: 'saved', waybackUrl: answer.link, waybackError: null, waybackAt: at } });
    return { outcome: 'saved to the Wayback Machine' };
  }
  if (answer.kind === 'queued') {
    await waitForWayback(job.data, answer, 0, 'pending');
    return { outcome: 'queued by the Wayback Machine' };
  }
  const willRetry = answer.retryable && job.retryCount < job.retryLimit;
  await db.evidenceArchive.updateMany({
    where: { evidenceId, url },
    data: { waybackState: willRetry ? 'pending' : 'failed', waybackUrl: null, waybackError: answer.message, waybackAt: at },
  });
  if (willRetry) throw new JobFailure(answer.message);
  return { outcome: 'the Wayback Machine did not save it' };
}
