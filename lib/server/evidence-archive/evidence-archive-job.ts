import 'server-only';
import { gzipSync } from 'node:zlib';
import type { JobWithMetadata } from 'pg-boss';
import { locatePassage } from '@/lib/core/archive/locate-passage';
import { db } from '@/lib/server/db/client';
import type { FetchFailureCode } from '@/lib/server/import/safe-fetch';
import { JobFailure } from '@/lib/server/jobs/job-failure';
import { fetchSnapshot, type FetchedSnapshot } from './fetch-snapshot';
import { passageColumns } from './passage-columns';
import { recheckArchive } from './recheck-archive';
import { insertJob } from './queue-archive';
import { runWaybackSubmission, screenshotSnapshot } from './archive-extras';
import { pollWaybackStatus } from './poll-wayback';
import { toStoredBlocks } from '@/lib/server/articles/stored-blocks';

/**
 * archive: fetch the link and store a snapshot; relocate: find a changed passage again in the
 * snapshot already stored; recheck: compare the live page with the archived copy now;
 * wayback: ask the Wayback Machine to save the link too (queued by archive when the workspace asks);
 * wayback-status: ask it again where a queued capture stands (queued by wayback, then by itself).
 */
export type EvidenceArchiveJobData = {
  workspaceId: string;
  evidenceId: string;
  url: string;
  mode?: 'archive' | 'relocate' | 'recheck' | 'wayback' | 'wayback-status';
  /** wayback-status: Save Page Now's job id, and how many times it was asked before. */
  waybackJobId?: string;
  poll?: number;
};

// Failures that may pass (the site is down for a minute): pg-boss tries again with backoff.
// The others (refused address, too large, not a web page, 4xx) would fail the same way again.
const RETRYABLE = new Set<FetchFailureCode>(['dns_failed', 'connection_failed', 'timeout']);

export async function runEvidenceArchiveJob(job: JobWithMetadata<EvidenceArchiveJobData>): Promise<{ outcome: string }> {
  const { workspaceId, evidenceId, url, mode = 'archive' } = job.data;
  const evidence = await db.evidence.findFirst({ where: { id: evidenceId, workspaceId }, select: { url: true, passage: true } });
  // The evidence was removed, or its link changed again: that change queued its own job.
  if (!evidence || evidence.url !== url) return { outcome: 'stale' };
  if (mode === 'relocate') return relocate(evidenceId, url, evidence.passage);
  if (mode === 'recheck') return { outcome: await recheckArchive({ evidenceId, url, passage: evidence.passage }) };
  if (mode === 'wayback') return runWaybackSubmission(job, evidenceId, url);
  if (mode === 'wayback-status') return pollWaybackStatus(job.data, evidenceId, url);

  const result = await fetchSnapshot(url);
  if (!result.ok) {
    const willRetry = (RETRYABLE.has(result.code) || (result.status ?? 0) >= 500) && job.retryCount < job.retryLimit;
    await db.evidenceArchive.updateMany({
      where: { evidenceId, url },
      data: { state: willRetry ? 'pending' : 'failed', errorCode: result.code, error: result.message },
    });
    if (willRetry) throw new JobFailure(result.message);
    return { outcome: result.code };
  }
  const snapshotId = await storeSnapshot(workspaceId, result);
  const extras = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { archiveScreenshots: true, archiveWayback: true } });
  // Before the copy is shown as archived, so that "archived" comes with its screenshot.
  if (extras.archiveScreenshots) await screenshotSnapshot(snapshotId, result);
  const location = locatePassage(result.document.text, evidence.passage);
  await db.$transaction(async (tx) => {
    await tx.evidenceArchive.updateMany({
      where: { evidenceId, url },
      data: {
        state: 'archived',
        errorCode: null,
        error: null,
        snapshotId,
        archivedAt: new Date(result.page.fetchedAt),
        ...passageColumns(location),
        // Archiving is the first check: the re-check job comes back a full interval later.
        checkState: null,
        checkDetail: null,
        checkedAt: new Date(result.page.fetchedAt),
        waybackState: extras.archiveWayback ? 'pending' : null,
        waybackUrl: null,
        waybackError: null,
        waybackAt: null,
      },
    });
    if (extras.archiveWayback) await insertJob(tx, { workspaceId, evidenceId, url, mode: 'wayback' });
  });
  return { outcome: `archived, passage ${location.state}` };
}

/** The snapshot of these exact bytes in the workspace: stored once, however many sources share it. */
async function storeSnapshot(workspaceId: string, { page, contentHash, document }: FetchedSnapshot): Promise<string> {
  const { id } = await db.evidenceSnapshot.upsert({
    where: { workspaceId_contentHash: { workspaceId, contentHash } },
    // A copy the purge job found unused is in use again: its stamp goes before any archive row
    // points at it, so the purge's conditional delete can no longer take it (purge-unused-snapshots.ts).
    update: { unusedSince: null },
    create: {
      workspaceId,
      contentHash,
      rawBody: gzipSync(page.bytes),
      text: document.text,
      // Offsets in code points, as every stored text's (decision 003).
      blocks: toStoredBlocks(document),
      httpStatus: page.status,
      finalUrl: page.finalUrl,
      contentType: page.contentType,
      charset: page.charset,
      byteSize: page.bytes.length,
      fetchedAt: new Date(page.fetchedAt),
    },
    select: { id: true },
  });
  return id;
}

async function relocate(evidenceId: string, url: string, passage: string): Promise<{ outcome: string }> {
  const archive = await db.evidenceArchive.findFirst({ where: { evidenceId, url }, select: { snapshot: { select: { text: true } } } });
  if (!archive?.snapshot) return { outcome: 'no snapshot yet' };
  const location = locatePassage(archive.snapshot.text, passage);
  await db.evidenceArchive.updateMany({ where: { evidenceId, url }, data: passageColumns(location) });
  return { outcome: `passage ${location.state}` };
}
