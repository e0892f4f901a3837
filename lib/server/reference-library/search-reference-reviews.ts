import 'server-only';
import { searchKey } from '@/lib/core/suggestions';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ReferenceReviewDto } from '@/lib/validations/similar';

const LIMIT = 20;

type Row = Omit<ReferenceReviewDto, 'reviewedAt'> & { reviewedAt: Date | null };

/**
 * The workspace's reference reviews matching `q`: by trigram word similarity of the normal form
 * (so "troops Syria" finds "2,000 US troops are in Syria") or by publisher name; newest first
 * when `q` is empty. Every member may search (the library is shown in "already checked?").
 */
export async function searchReferenceReviews(actor: Actor, q: string): Promise<ReferenceReviewDto[]> {
  requirePermission(actor, 'article.read');
  const key = searchKey(q);
  const publisher = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = key
    ? await db.$queryRaw<Row[]>`
        SELECT id, url, publisher, "claimReviewed", "ratingName", "ratingValue", "reviewedAt", claimant, "appearanceUrl"
        FROM reference_review
        WHERE "workspaceId" = ${actor.workspaceId} AND (${key} <% "similarityKey" OR publisher ILIKE ${publisher})
        ORDER BY word_similarity(${key}, "similarityKey") DESC, "reviewedAt" DESC NULLS LAST
        LIMIT ${LIMIT}`
    : await db.$queryRaw<Row[]>`
        SELECT id, url, publisher, "claimReviewed", "ratingName", "ratingValue", "reviewedAt", claimant, "appearanceUrl"
        FROM reference_review WHERE "workspaceId" = ${actor.workspaceId}
        ORDER BY "reviewedAt" DESC NULLS LAST, "createdAt" DESC
        LIMIT ${LIMIT}`;
  return rows.map((row) => ({ ...row, reviewedAt: row.reviewedAt?.toISOString() ?? null }));
}
