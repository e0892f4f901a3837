import 'server-only';
import { db } from '@/lib/server/db/client';
import { shareTokens } from '@/lib/server/secret-tokens';
import { looksLikeVerdictAddress } from '@/lib/server/public-pages/verdict-address';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';
import { copyArchiveSelect, copySnapshotSelect, toArchivedCopyText, type ArchivedCopyText } from './archived-copy-shape';

/**
 * What a public page says of a source's archived copy (decision 038): when it was fetched and
 * whether the passage is in it; null when there is no copy of its current link.
 */
export type PublicArchiveNote = { archivedAt: string; passage: 'found' | 'not_found' | 'no_passage' | null } | null;

/**
 * The SQL expression of PublicArchiveNote for the evidence row aliased `e`, for the public page's
 * one query (lib/server/share-links/read-shared-rows.ts): it reads `evidence_archive.archivedAt`
 * and `passageState` of archived rows whose link is the evidence's current one. Plain text: that
 * statement is a prepared one, and what the page shows must be read by it (decision 032).
 */
export const publicArchiveNoteSql = `(SELECT json_build_object('archivedAt', a."archivedAt", 'passage', a."passageState")
   FROM evidence_archive a WHERE a."evidenceId" = e.id AND a.state = 'archived' AND a.url = e.url)`;

export interface PublicArchivedCopy extends ArchivedCopyText {
  workspaceName: string;
  verdictUrlPath: string;
  source: { url: string; title: string; passage: string };
}

/** The published verdict whose sources are asked for, as its public address resolved it. */
type VerdictAt = { claimId: string; workspaceId: string; workspaceName: string; verdictUrlPath: string };

/**
 * The archived copy of the n-th source (1-based, in the page's order) of the verdict a share
 * token shows, for anyone holding the token; null when the token is unknown, revoked or expired,
 * the verdict no longer published, or the source has no copy. No id of ours is in the address:
 * the token is the authorization, the position says which source.
 */
export async function getPublicArchivedCopy(token: string, position: number): Promise<PublicArchivedCopy | null> {
  if (!shareTokens.looksLike(token)) return null;
  const link = await db.shareLink.findUnique({
    where: { tokenHash: shareTokens.hash(token) },
    select: { kind: true, claimId: true, workspaceId: true, revokedAt: true, expiresAt: true, workspace: { select: { name: true } } },
  });
  if (!link || link.kind !== 'claim' || !link.claimId || link.revokedAt || (link.expiresAt && link.expiresAt.getTime() <= Date.now())) return null;
  return archivedCopyOf({ claimId: link.claimId, workspaceId: link.workspaceId, workspaceName: link.workspace.name, verdictUrlPath: `/v/${token}` }, position);
}

/**
 * The same for a verdict's permalink (decision 044): the workspace by its public address while
 * its public pages are on, the claim by its id within it.
 */
export async function getPermalinkArchivedCopy(slug: string, claimId: string, position: number): Promise<PublicArchivedCopy | null> {
  if (!looksLikeVerdictAddress(slug, claimId)) return null;
  const workspace = await db.workspace.findUnique({ where: { publicSlug: slug }, select: { id: true, name: true, publicPagesEnabled: true } });
  if (!workspace?.publicPagesEnabled) return null;
  return archivedCopyOf({ claimId, workspaceId: workspace.id, workspaceName: workspace.name, verdictUrlPath: publicPagePaths(slug).verdict(claimId) }, position);
}

async function archivedCopyOf(verdict: VerdictAt, position: number): Promise<PublicArchivedCopy | null> {
  const [evidence] = await db.evidence.findMany({
    where: { claimId: verdict.claimId, workspaceId: verdict.workspaceId, claim: { status: 'published', deletedAt: null, article: { deletedAt: null } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    skip: position - 1,
    take: 1,
    select: {
      url: true, title: true, passage: true,
      archive: { select: { ...copyArchiveSelect, state: true, url: true, snapshot: { select: copySnapshotSelect } } },
    },
  });
  const archive = evidence?.archive;
  if (!evidence || !archive?.snapshot || archive.state !== 'archived' || archive.url !== evidence.url) return null;
  return {
    workspaceName: verdict.workspaceName,
    verdictUrlPath: verdict.verdictUrlPath,
    source: { url: evidence.url, title: evidence.title, passage: evidence.passage },
    ...toArchivedCopyText(archive, archive.snapshot),
  };
}
