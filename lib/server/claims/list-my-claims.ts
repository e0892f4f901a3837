import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { can } from '@/lib/core/permissions/permissions';
import { afterCursor, pageOrder, toPage, type Direction } from '@/lib/server/pagination/keyset';
import type { MyClaimDto, MyClaimSection, MyClaimsDto, MyClaimsQuery } from '@/lib/validations/my-claims';

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

type Section = { where: Prisma.ClaimWhereInput; direction: Direction } | null;

/** What each section holds and in which order; null when the actor's role has no such queue. */
function sections(actor: Actor): Record<MyClaimSection, Section> {
  const live = { workspaceId: actor.workspaceId, deletedAt: null } satisfies Prisma.ClaimWhereInput;
  return {
    assigned: { where: { ...live, assigneeId: actor.userId, status: { in: ['to_check', 'researching', 'needs_review'] } }, direction: 'desc' },
    awaitingReview: can(actor.role, 'claim.publish')
      ? // A proposal of one's own is someone else's to review (self-approval aside). Oldest waits first.
        { where: { ...live, status: 'needs_review', OR: [{ proposedById: null }, { proposedById: { not: actor.userId } }] }, direction: 'asc' }
      : null,
    mentioned: {
      where: { ...live, comments: { some: { workspaceId: actor.workspaceId, deletedAt: null, mentions: { has: actor.userId } } } },
      direction: 'desc',
    },
  };
}

async function pageOf(section: Section, query: MyClaimsQuery): Promise<{ claims: MyClaimDto[]; nextCursor: string | null }> {
  if (!section) return { claims: [], nextCursor: null };
  // Keyset on updatedAt: a claim that changes while someone reads moves to the top of its queue,
  // where a reload shows it; no claim can fall out of reach behind a cap.
  const rows = await db.claim.findMany({
    where: { AND: [section.where, afterCursor('updatedAt', section.direction, query.cursor)] },
    ...pageOrder('updatedAt', section.direction, query),
    select: myClaimSelect,
  });
  const page = toPage(rows, query, (row) => row.updatedAt);
  return { claims: page.items.map(toDto), nextCursor: page.nextCursor };
}

/**
 * The acting member's queue: what is assigned to them, waiting for their review, or mentions them.
 * Each section is one page; `query.section` continues just that one from its cursor.
 */
export async function listMyClaims(actor: Actor, query: MyClaimsQuery): Promise<MyClaimsDto> {
  requirePermission(actor, 'article.read');
  const all = sections(actor);
  const wanted = (name: MyClaimSection) => (query.section === undefined || query.section === name ? all[name] : null);
  const [assigned, awaitingReview, mentioned] = await Promise.all([
    pageOf(wanted('assigned'), query),
    pageOf(wanted('awaitingReview'), query),
    pageOf(wanted('mentioned'), query),
  ]);
  return {
    assigned: assigned.claims,
    awaitingReview: awaitingReview.claims,
    mentioned: mentioned.claims,
    nextCursors: { assigned: assigned.nextCursor, awaitingReview: awaitingReview.nextCursor, mentioned: mentioned.nextCursor },
  };
}
