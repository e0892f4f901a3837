import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';

type StampRow = { found: boolean; claims: string | null; events: bigint; comments: bigint; removed_comments: bigint };

/**
 * A short fingerprint of everything a teammate can change on an article's claims, for live
 * updates by polling: the claims' ids and versions, the number of history events (every change
 * to a claim or its evidence writes one, and they are never removed) and of comments. It is
 * read from PostgreSQL, so several app instances agree on it; counts rather than timestamps,
 * because a transaction that started earlier can commit later with an older `now()`.
 */
export async function getArticleChangeStamp(actor: Actor, articleId: string): Promise<string> {
  requirePermission(actor, 'article.read');
  const [row] = await db.$queryRaw<StampRow[]>`
    SELECT EXISTS (SELECT 1 FROM article WHERE id = ${articleId} AND "workspaceId" = ${actor.workspaceId} AND "deletedAt" IS NULL) AS found,
           (SELECT md5(string_agg(c.id || ':' || c.version || ':' || (c."deletedAt" IS NULL), ',' ORDER BY c.id))
              FROM claim c WHERE c."articleId" = ${articleId} AND c."workspaceId" = ${actor.workspaceId}) AS claims,
           (SELECT count(*) FROM claim_event e JOIN claim c ON c.id = e."claimId"
              WHERE c."articleId" = ${articleId} AND c."workspaceId" = ${actor.workspaceId}) AS events,
           (SELECT count(*) FROM comment m JOIN claim c ON c.id = m."claimId"
              WHERE c."articleId" = ${articleId} AND c."workspaceId" = ${actor.workspaceId}) AS comments,
           (SELECT count(*) FROM comment m JOIN claim c ON c.id = m."claimId"
              WHERE c."articleId" = ${articleId} AND c."workspaceId" = ${actor.workspaceId} AND m."deletedAt" IS NOT NULL) AS removed_comments`;
  if (!row?.found) throw new AppError('not_found', 'Article not found.');
  return `${row.claims ?? 'none'}.${row.events}.${row.comments}.${row.removed_comments}`;
}
