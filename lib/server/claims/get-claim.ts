import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimDto } from '@/lib/validations/claim';
import { userNames } from '@/lib/server/users/user-names';
import { claimSelect, claimUserIds, toClaimDto } from './claim-shape';

export async function getClaim(actor: Actor, claimId: string): Promise<ClaimDto | null> {
  requirePermission(actor, 'article.read');
  const row = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: claimSelect,
  });
  if (!row) return null;
  return toClaimDto(row, await userNames(claimUserIds(row)));
}

export async function requireClaim(actor: Actor, claimId: string): Promise<ClaimDto> {
  const claim = await getClaim(actor, claimId);
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  return claim;
}

/** Claims of an article in document order (outer claims before the ones nested in them). */
export async function listClaims(actor: Actor, articleId: string): Promise<ClaimDto[]> {
  requirePermission(actor, 'article.read');
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { id: true },
  });
  if (!article) throw new AppError('not_found', 'Article not found.');
  const rows = await db.claim.findMany({
    where: { articleId, workspaceId: actor.workspaceId, deletedAt: null },
    orderBy: [{ start: 'asc' }, { end: 'desc' }, { createdAt: 'asc' }],
    select: claimSelect,
  });
  const names = await userNames(rows.flatMap(claimUserIds));
  return rows.map((row) => toClaimDto(row, names));
}
