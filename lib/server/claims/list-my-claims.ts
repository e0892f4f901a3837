import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';
import type { MyClaimDto, MyClaimsDto } from '@/lib/validations/my-claims';

const myClaimSelect = {
  id: true,
  articleId: true,
  statement: true,
  exact: true,
  status: true,
  updatedAt: true,
  article: { select: { title: true } },
  rating: { select: { key: true, label: true, value: true } },
} satisfies Prisma.ClaimSelect;

type Row = Prisma.ClaimGetPayload<{ select: typeof myClaimSelect }>;

const toDto = (row: Row): MyClaimDto => ({
  id: row.id,
  articleId: row.articleId,
  articleTitle: row.article.title,
  statement: row.statement,
  exact: row.exact,
  status: row.status,
  verdict: row.rating,
  updatedAt: row.updatedAt.toISOString(),
});

const LIMIT = 100;

/** The acting member's queue: what is assigned to them, waiting for their review, or mentions them. */
export async function listMyClaims(actor: Actor): Promise<MyClaimsDto> {
  requirePermission(actor, 'article.read');
  const live = { workspaceId: actor.workspaceId, deletedAt: null } satisfies Prisma.ClaimWhereInput;
  const [assigned, awaitingReview, mentioned] = await Promise.all([
    db.claim.findMany({
      where: { ...live, assigneeId: actor.userId, status: { in: ['to_check', 'researching', 'needs_review'] } },
      orderBy: { updatedAt: 'desc' },
      take: LIMIT,
      select: myClaimSelect,
    }),
    can(actor.role, 'claim.publish')
      ? db.claim.findMany({
          // A proposal of one's own is someone else's to review (self-approval aside).
          where: { ...live, status: 'needs_review', OR: [{ proposedById: null }, { proposedById: { not: actor.userId } }] },
          orderBy: { updatedAt: 'asc' },
          take: LIMIT,
          select: myClaimSelect,
        })
      : Promise.resolve([]),
    db.claim.findMany({
      where: { ...live, comments: { some: { workspaceId: actor.workspaceId, deletedAt: null, mentions: { has: actor.userId } } } },
      orderBy: { updatedAt: 'desc' },
      take: LIMIT,
      select: myClaimSelect,
    }),
  ]);
  return { assigned: assigned.map(toDto), awaitingReview: awaitingReview.map(toDto), mentioned: mentioned.map(toDto) };
}
