import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { db, Prisma } from '@/lib/server/db/client';
import { decodeCursor, encodeCursor } from '@/lib/server/pagination/cursor';
import type { Page } from '@/lib/server/pagination/keyset';
import type { PageQuery } from '@/lib/validations/pagination';
import type { ChangedSourceDto } from '@/lib/validations/changed-sources';

type Row = {
  id: string; title: string; url: string;
  checkState: 'changed' | 'gone'; checkDetail: string | null; checkedAt: Date; archivedAt: Date | null;
  claimId: string; statement: string; exact: string; status: ChangedSourceDto['claim']['status'];
  articleId: string; articleTitle: string;
};

/**
 * The desk list: the workspace's sources whose last re-check found the live page changed or gone,
 * newest check first, keyset-paged on (checkedAt, evidence id) (decision 017). Only a check of the
 * evidence's current link counts, and only for live claims of live articles. Any member may read it.
 * The `(workspaceId, checkState, checkedAt)` index finds the flagged rows among all archives.
 */
export async function listChangedSources(actor: Actor, query: PageQuery): Promise<Page<ChangedSourceDto>> {
  requirePermission(actor, 'article.read');
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  // The flagged archive rows come from the index, sorted; each joins its evidence, claim and
  // article by primary key only until the page is full. OFFSET 0 keeps the subquery apart: joined
  // in, the planner misjudges `e.url = a.url` and hashes the whole evidence table (measured: 300,000
  // sources, 5,000 flagged, 65 ms that way, 35 ms this way; 14 ms with 470 flagged).
  const rows = await db.$queryRaw<Row[]>`
    SELECT x.id, x.title, x.url, a."checkState", a."checkDetail", a."checkedAt", a."archivedAt",
           x."claimId", x.statement, x.exact, x.status, x."articleId", x."articleTitle"
    FROM evidence_archive a
    CROSS JOIN LATERAL (
      SELECT e.id, e.title, e.url, c.id AS "claimId", c.statement, c.exact, c.status::text AS status,
             ar.id AS "articleId", ar.title AS "articleTitle"
      FROM evidence e
      JOIN claim c ON c.id = e."claimId" AND c."deletedAt" IS NULL
      JOIN article ar ON ar.id = c."articleId" AND ar."deletedAt" IS NULL
      WHERE e.id = a."evidenceId" AND e.url = a.url
      OFFSET 0
    ) x
    WHERE a."workspaceId" = ${actor.workspaceId}
      AND a."checkState" IN ('changed', 'gone') AND a."checkedAt" IS NOT NULL
      ${after ? Prisma.sql`AND (a."checkedAt", a."evidenceId") < (${after.at}, ${after.id})` : Prisma.empty}
    ORDER BY a."checkedAt" DESC, a."evidenceId" DESC
    LIMIT ${query.limit + 1}`;
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map(toDto),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.checkedAt, id: last.id }) : null,
  };
}

function toDto(row: Row): ChangedSourceDto {
  return {
    evidence: { id: row.id, title: row.title, url: row.url },
    check: { state: row.checkState, detail: row.checkDetail ?? '', checkedAt: row.checkedAt.toISOString() },
    archivedAt: row.archivedAt?.toISOString() ?? null,
    claim: { id: row.claimId, text: row.statement || row.exact, status: row.status },
    article: { id: row.articleId, title: row.articleTitle },
  };
}
