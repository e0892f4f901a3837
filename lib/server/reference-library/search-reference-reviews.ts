import 'server-only';
import { searchKey } from '@/lib/core/suggestions';
import { db, Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ReferenceReviewDto } from '@/lib/validations/similar';

const LIMIT = 20;

type Row = Omit<ReferenceReviewDto, 'reviewedAt'> & { reviewedAt: Date | null };

/**
 * The workspace's reference reviews matching `q`: every term of its normal form in the review's
 * (so "troops Syria" finds "2,000 US troops are in Syria"; served by the trigram index, which
 * answers LIKE), or the publisher's name; most alike first, newest first when `q` is empty.
 * Every member may search (the library is shown in "already checked?").
 */
export async function searchReferenceReviews(actor: Actor, q: string): Promise<ReferenceReviewDto[]> {
  requirePermission(actor, 'article.read');
  const key = searchKey(q);
  const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const terms = key.split(' ').filter(Boolean).slice(0, 8);
  const allTerms = () => Prisma.join(terms.map((term) => Prisma.sql`"similarityKey" LIKE ${like(term)}`), ' AND ');
  const rows = terms.length > 0
    ? await db.$queryRaw<Row[]>`
        SELECT id, url, publisher, "claimReviewed", "ratingName", "ratingValue", "reviewedAt", claimant, "appearanceUrl"
        FROM reference_review
        WHERE "workspaceId" = ${actor.workspaceId} AND ((${allTerms()}) OR publisher ILIKE ${like(q)})
        ORDER BY similarity(${key}, "similarityKey") DESC, "reviewedAt" DESC NULLS LAST
        LIMIT ${LIMIT}`
    : await db.$queryRaw<Row[]>`
        SELECT id, url, publisher, "claimReviewed", "ratingName", "ratingValue", "reviewedAt", claimant, "appearanceUrl"
        FROM reference_review WHERE "workspaceId" = ${actor.workspaceId}
        ORDER BY "reviewedAt" DESC NULLS LAST, "createdAt" DESC
        LIMIT ${LIMIT}`;
  return rows.map((row) => ({ ...row, reviewedAt: row.reviewedAt?.toISOString() ?? null }));
}
