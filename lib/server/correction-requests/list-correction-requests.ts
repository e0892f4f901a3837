import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { CorrectionRequestDto, DeskCorrectionRequestDto, DeskListQuery } from '@/lib/validations/correction-request';
import type { PageQuery } from '@/lib/validations/pagination';
import { afterCursor, pageOrder, toPage, type Page } from '@/lib/server/pagination/keyset';
import { correctionRequestSelect, recorderNames, toCorrectionRequestDto } from './correction-request-shape';

/** A claim's requests, oldest first (in the order they were sent). */
export async function listClaimCorrectionRequests(actor: Actor, claimId: string, query: PageQuery): Promise<Page<CorrectionRequestDto>> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({ where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null }, select: { id: true } });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const rows = await db.correctionRequest.findMany({
    where: { claimId, workspaceId: actor.workspaceId, ...afterCursor('sentAt', 'asc', query.cursor) },
    ...pageOrder('sentAt', 'asc', query),
    select: correctionRequestSelect,
  });
  const page = toPage(rows, query, (row) => row.sentAt);
  const names = await recorderNames(db, page.items);
  const now = new Date();
  return { items: page.items.map((row) => toCorrectionRequestDto(row, names, now)), nextCursor: page.nextCursor };
}

/**
 * The desk list: the workspace's requests (only open ones with `open=true`), oldest first, so the
 * longest-waiting come first; each with its claim and article. Requests of deleted claims are left out.
 */
export async function listDeskCorrectionRequests(actor: Actor, query: DeskListQuery): Promise<Page<DeskCorrectionRequestDto>> {
  requirePermission(actor, 'article.read');
  const rows = await db.correctionRequest.findMany({
    where: {
      workspaceId: actor.workspaceId,
      ...(query.open === 'true' ? { outcome: 'pending' as const } : {}),
      claim: { deletedAt: null },
      ...afterCursor('sentAt', 'asc', query.cursor),
    },
    ...pageOrder('sentAt', 'asc', query),
    select: {
      ...correctionRequestSelect,
      claim: { select: { id: true, statement: true, exact: true, articleId: true, article: { select: { title: true } } } },
    },
  });
  const page = toPage(rows, query, (row) => row.sentAt);
  const names = await recorderNames(db, page.items);
  const now = new Date();
  return {
    items: page.items.map(({ claim, ...row }) => ({
      ...toCorrectionRequestDto(row, names, now),
      claim: { id: claim.id, statement: claim.statement, exact: claim.exact, articleId: claim.articleId, articleTitle: claim.article.title },
    })),
    nextCursor: page.nextCursor,
  };
}
