import 'server-only';
import type { WaybackAnswer } from '@/lib/core/archive/wayback-answer';
import { getEnv } from '@/lib/env';
import { db } from '@/lib/server/db/client';
import type { EvidenceArchiveJobData } from './evidence-archive-job';
import { insertJob } from './queue-archive';
import { waybackStatus } from './submit-wayback';

// Save Page Now answers most captures within a minute or two, some after much longer. We ask
// again with doubling waits from the job retry delay (FACTDESK_JOBS_RETRY_DELAY_SECONDS, 30 s by
// default), each wait at most half an hour, eight times in all: about an hour and a half with
// the defaults, after which the capture counts as not made.
export const WAYBACK_POLLS = 8;
const MAX_WAIT_SECONDS = 1800;

export function waybackPollDelay(poll: number): number {
  return Math.min(getEnv().FACTDESK_JOBS_RETRY_DELAY_SECONDS * 2 ** poll, MAX_WAIT_SECONDS);
}

/**
 * Records that Save Page Now queued the capture and queues the next question about it, in one
 * transaction: a source is never left "queued" with nobody asking. `poll` is how many times the
 * status was asked already; `from` the state the row must still be in (nothing is written otherwise).
 */
export async function waitForWayback(
  data: EvidenceArchiveJobData,
  answer: Extract<WaybackAnswer, { kind: 'queued' }>,
  poll: number,
  from: 'pending' | 'queued',
): Promise<void> {
  const { workspaceId, evidenceId, url } = data;
  await db.$transaction(async (tx) => {
    const { count } = await tx.evidenceArchive.updateMany({
      where: { evidenceId, url, waybackState: from },
      data: { waybackState: 'queued', waybackUrl: null, waybackError: answer.detail, waybackAt: new Date() },
    });
    if (count === 1) {
      await insertJob(tx, { workspaceId, evidenceId, url, mode: 'wayback-status', waybackJobId: answer.jobId, poll }, waybackPollDelay(poll));
    }
  });
}

/**
 * One look at a queued capture (GET /save/status/{job_id}): its copy when it is done, the
 * service's reason when it failed, and otherwise another look later, until WAYBACK_POLLS looks
 * have been spent. A status the service could not give (it is down, 429) counts as a look, so
 * the chain always ends. Only a row still `queued` for this link is written: a source archived
 * again meanwhile started a submission of its own.
 */
export async function pollWaybackStatus(data: EvidenceArchiveJobData, evidenceId: string, url: string): Promise<{ outcome: string }> {
  const jobId = data.waybackJobId;
  const poll = (data.poll ?? 0) + 1;
  const row = await db.evidenceArchive.findFirst({ where: { evidenceId, url, waybackState: 'queued' }, select: { evidenceId: true } });
  if (!row || !jobId) return { outcome: 'stale' };
  const answer = await waybackStatus(jobId, url);
  const queued = { evidenceId, url, waybackState: 'queued' };
  if (answer.kind === 'saved') {
    await db.evidenceArchive.updateMany({ where: queued, data: { waybackState: 'saved', waybackUrl: answer.link, waybackError: null, waybackAt: new Date() } });
    return { outcome: 'saved to the Wayback Machine' };
  }
  const waitMore = answer.kind === 'queued' || answer.retryable;
  if (waitMore && poll < WAYBACK_POLLS) {
    await waitForWayback(data, { kind: 'queued', jobId, detail: `Queued by the Wayback Machine (job ${jobId}).` }, poll, 'queued');
    return { outcome: `still queued (look ${poll} of ${WAYBACK_POLLS})` };
  }
  const reason =
    answer.kind === 'failed' && !answer.retryable
      ? answer.message
      : `The Wayback Machine had not made its copy after ${WAYBACK_POLLS} checks (job ${jobId}).`;
  await db.evidenceArchive.updateMany({ where: queued, data: { waybackState: 'failed', waybackUrl: null, waybackError: reason, waybackAt: new Date() } });
  return { outcome: 'the Wayback Machine did not save it' };
}
