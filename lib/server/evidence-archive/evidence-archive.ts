import 'server-only';
import { gunzipSync } from 'node:zlib';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { db } from '@/lib/server/db/client';
import type { EvidenceArchiveDto } from '@/lib/validations/evidence-archive';
import { insertJob, queueArchive } from './queue-archive';
import { copyArchiveSelect, copySnapshotSelect, toArchivedCopyText, type ArchivedCopyText } from './archived-copy-shape';

// Evidence of a live claim in the actor's workspace; anything else is "not found" (never 403:
// another workspace's ids are not confirmed to exist).
const visible = (actor: Actor, evidenceId: string) => ({ id: evidenceId, workspaceId: actor.workspaceId, claim: { deletedAt: null } });

const archiveSelect = {
  url: true, state: true, error: true, archivedAt: true, passageState: true, checkState: true, checkDetail: true, checkedAt: true,
  waybackState: true, waybackUrl: true, waybackError: true, waybackAt: true,
  snapshot: { select: { httpStatus: true, finalUrl: true, contentType: true, byteSize: true, contentHash: true, screenshotState: true, screenshotError: true } },
} as const;

/** What became of archiving a source: for the claim panel and the API. */
export async function getEvidenceArchive(actor: Actor, evidenceId: string): Promise<EvidenceArchiveDto> {
  requirePermission(actor, 'article.read');
  const evidence = await db.evidence.findFirst({ where: visible(actor, evidenceId), select: { url: true, archive: { select: archiveSelect } } });
  if (!evidence) throw new AppError('not_found', 'Evidence not found.');
  const a = evidence.archive;
  const s = a?.snapshot;
  return {
    evidenceId,
    url: a?.url ?? evidence.url,
    state: (a?.state ?? 'none') as EvidenceArchiveDto['state'],
    error: a?.state === 'archived' ? null : (a?.error ?? null),
    archivedAt: a?.archivedAt?.toISOString() ?? null,
    httpStatus: s?.httpStatus ?? null,
    finalUrl: s?.finalUrl ?? null,
    contentType: s?.contentType ?? null,
    byteSize: s?.byteSize ?? null,
    sha256: s?.contentHash ?? null,
    passage: (a?.passageState ?? null) as EvidenceArchiveDto['passage'],
    check:
      a?.checkState && a.checkedAt
        ? { state: a.checkState as 'ok' | 'changed' | 'gone', detail: a.checkDetail ?? '', checkedAt: a.checkedAt.toISOString() }
        : null,
    screenshot: s?.screenshotState ? { state: s.screenshotState as 'taken' | 'skipped' | 'failed', error: s.screenshotError ?? null } : null,
    wayback: a?.waybackState
      ? {
          state: a.waybackState as 'pending' | 'saved' | 'queued' | 'failed',
          url: a.waybackUrl ?? null,
          error: a.waybackError ?? null,
          at: a.waybackAt?.toISOString() ?? null,
        }
      : null,
  };
}

export interface ArchivedCopy extends ArchivedCopyText {
  evidence: { id: string; claimId: string; articleId: string; url: string; title: string; passage: string };
  /** The full-page screenshot's state (GET …/archive/screenshot when taken); null when none was asked for. */
  screenshot: { state: 'taken' | 'skipped' | 'failed'; error: string | null } | null;
}

async function loadSnapshot<S extends object>(actor: Actor, evidenceId: string, select: S) {
  requirePermission(actor, 'article.read');
  const evidence = await db.evidence.findFirst({
    where: visible(actor, evidenceId),
    select: {
      id: true, claimId: true, url: true, title: true, passage: true, claim: { select: { articleId: true } },
      archive: { select: { ...copyArchiveSelect, snapshot: { select } } },
    },
  });
  if (!evidence) throw new AppError('not_found', 'Evidence not found.');
  const snapshot = evidence.archive?.snapshot;
  if (!snapshot) throw new AppError('not_found', 'This source has no archived copy yet.');
  return { evidence, archive: evidence.archive!, snapshot };
}

/** The archived copy's readable text, for the reader view (rendered as text, never as HTML). */
export async function getArchivedCopy(actor: Actor, evidenceId: string): Promise<ArchivedCopy> {
  const { evidence, archive, snapshot } = await loadSnapshot(actor, evidenceId, { ...copySnapshotSelect, screenshotState: true, screenshotError: true });
  return {
    evidence: { id: evidence.id, claimId: evidence.claimId, articleId: evidence.claim.articleId, url: evidence.url, title: evidence.title, passage: evidence.passage },
    ...toArchivedCopyText(archive, snapshot),
    screenshot: snapshot.screenshotState
      ? { state: snapshot.screenshotState as 'taken' | 'skipped' | 'failed', error: snapshot.screenshotError }
      : null,
  };
}

/** The raw response as fetched, for download. */
export async function getArchivedRaw(actor: Actor, evidenceId: string) {
  const { archive, snapshot } = await loadSnapshot(actor, evidenceId, { rawBody: true, contentType: true, contentHash: true, finalUrl: true, httpStatus: true });
  return {
    body: gunzipSync(snapshot.rawBody),
    contentType: snapshot.contentType,
    sha256: snapshot.contentHash,
    finalUrl: snapshot.finalUrl,
    httpStatus: snapshot.httpStatus,
    archivedAt: archive.archivedAt,
  };
}

/** The archived copy's full-page screenshot (PNG), for members of the evidence's workspace. */
export async function getArchivedScreenshot(actor: Actor, evidenceId: string) {
  const { snapshot } = await loadSnapshot(actor, evidenceId, { screenshot: true, contentHash: true });
  if (!snapshot.screenshot) throw new AppError('not_found', 'This archived copy has no screenshot.');
  return { png: snapshot.screenshot, sha256: snapshot.contentHash };
}

/**
 * "Check now": compare the live page with the archived copy (or, for a source without a copy,
 * archive it). Anyone who may edit sources may ask; the answer comes from the job.
 */
export async function requestEvidenceCheck(actor: Actor, evidenceId: string): Promise<void> {
  requirePermission(actor, 'evidence.edit');
  const evidence = await db.evidence.findFirst({ where: visible(actor, evidenceId), select: { url: true, archive: { select: { state: true } } } });
  if (!evidence) throw new AppError('not_found', 'Evidence not found.');
  const data = { workspaceId: actor.workspaceId, evidenceId, url: evidence.url };
  await db.$transaction(async (tx) => {
    if (evidence.archive?.state === 'archived') await insertJob(tx, { ...data, mode: 'recheck' });
    else await queueArchive(tx, data);
  });
}
