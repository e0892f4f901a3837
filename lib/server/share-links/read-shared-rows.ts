import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import type { articleVersionSelect } from '@/lib/server/articles/article-shape';
import type { PublicClaimRow } from './load-shared-claims';
import type { RatingDto } from '@/lib/validations/rating';
import { publicArchiveNoteSql, type PublicArchiveNote } from '@/lib/server/evidence-archive/public-archive';

// Everything a public page shows, read in ONE statement (decision 032): the link and its
// workspace, the article's current version, the rating scale, "changed since review", and the
// published claims with their rating, sources and corrections. Every view reads it (nothing is
// kept per process), so it must be cheap: through Prisma's nested selects the same data took
// about ten queries and ~4.7 ms of the instance's CPU per view; as one statement PostgreSQL
// assembles it and the instance parses one row. The columns are named one by one, as in the
// selects of load-shared-claims.ts: no internal note, no member ids.

export type SharedRows = {
  kind: 'claim' | 'article';
  workspaceId: string;
  articleId: string;
  claimId: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  workspace: { name: string; organizationUrl: string | null };
  article: ArticleJson | null;
  ratings: RatingDto[];
  changedAt: Date | null;
  claims: ClaimJson[];
};

type ArticleJson = {
  id: string;
  title: string;
  sourceUrl: string | null;
  canonicalUrl: string | null;
  author: string | null;
  outlet: string | null;
  publishedAt: string | null;
  language: string | null;
  direction: string;
  createdAt: string;
  versions: (Omit<Prisma.ArticleVersionGetPayload<{ select: typeof articleVersionSelect }>, 'importedAt'> & { importedAt: string })[];
};

type ClaimJson = Omit<PublicClaimRow, 'createdAt' | 'updatedAt' | 'approvedAt' | 'publishedAt' | 'correctedAt' | 'evidence' | 'events'> & {
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
  publishedAt: string | null;
  correctedAt: string | null;
  evidence: (Omit<PublicClaimRow['evidence'][number], 'accessedAt'> & { accessedAt: string | null; archive: PublicArchiveNote })[];
  events: { at: string; field: string | null; reason: string | null }[];
};

export async function readSharedRows(tokenHash: string): Promise<SharedRows | null> {
  const rows = await db.$queryRaw<SharedRows[]>`
    WITH link AS (
      SELECT l.kind::text AS kind, l."workspaceId", l."articleId", l."claimId", l."expiresAt", l."revokedAt",
             json_build_object('name', w.name, 'organizationUrl', w."organizationUrl") AS workspace
        FROM share_link l JOIN workspace w ON w.id = l."workspaceId"
       WHERE l."tokenHash" = ${tokenHash}
    )
    SELECT link.*,
      (SELECT json_build_object(
                'id', a.id, 'title', a.title, 'sourceUrl', a."sourceUrl", 'canonicalUrl', a."canonicalUrl",
                'author', a.author, 'outlet', a.outlet, 'publishedAt', a."publishedAt", 'language', a.language,
                'direction', a.direction, 'createdAt', a."createdAt",
                'versions', (SELECT coalesce(json_agg(json_build_object(
                                'id', v.id, 'number', v.number, 'contentHash', v."contentHash", 'source', v.source,
                                'importedAt', v."importedAt", 'text', v.text,
                                -- A verdict page shows its quote in context (the text), never the blocks.
                                'blocks', CASE WHEN link.kind = 'article' THEN v.blocks ELSE '[]'::jsonb END)), '[]')
                               FROM (SELECT * FROM article_version WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1) v))
         FROM article a WHERE a.id = link."articleId" AND a."workspaceId" = link."workspaceId") AS article,
      (SELECT coalesce(json_agg(json_build_object('key', r.key, 'label', r.label, 'description', r.description, 'value', r.value)
                                ORDER BY r.position), '[]')
         FROM rating r WHERE r."workspaceId" = link."workspaceId") AS ratings,
      -- As changed-after-review.ts: the first version imported after the last publication.
      (SELECT min(v."importedAt") FROM article_version v
        WHERE v."articleId" = link."articleId" AND v.number > 1
          AND v."importedAt" > (SELECT max(c."publishedAt") FROM claim c
                                 WHERE c."articleId" = link."articleId" AND c.status = 'published' AND c."deletedAt" IS NULL)) AS "changedAt",
      (SELECT coalesce(json_agg(json_build_object(
                'id', c.id, 'start', c.start, 'end', c."end", 'exact', c.exact, 'prefix', c.prefix, 'suffix', c.suffix,
                'anchorState', c."anchorState", 'statement', c.statement, 'claimant', c.claimant, 'status', c.status,
                'explanation', c.explanation, 'createdAt', c."createdAt", 'updatedAt', c."updatedAt",
                'approvedAt', c."approvedAt", 'publishedAt', c."publishedAt", 'correctedAt', c."correctedAt",
                'rating', json_build_object('key', r.key, 'label', r.label, 'value', r.value),
                'evidence', (SELECT coalesce(json_agg(json_build_object(
                                'id', e.id, 'url', e.url, 'title', e.title, 'publisher', e.publisher, 'passage', e.passage,
                                'stance', e.stance, 'accessedAt', e."accessedAt", 'archive', ${publicArchiveNoteSql}) ORDER BY e."createdAt"), '[]')
                               FROM evidence e WHERE e."claimId" = c.id),
                'events', (SELECT coalesce(json_agg(json_build_object('at', ev.at, 'field', ev.field, 'reason', ev.reason) ORDER BY ev.at), '[]')
                             FROM claim_event ev WHERE ev."claimId" = c.id AND ev.kind = 'corrected'))
              ORDER BY c.start, c."end" DESC, c."createdAt"), '[]')
         FROM claim c JOIN rating r ON r.id = c."ratingId"
        WHERE c."workspaceId" = link."workspaceId" AND c."deletedAt" IS NULL AND c.status = 'published'
          AND CASE WHEN link.kind = 'claim' THEN c.id = link."claimId" ELSE c."articleId" = link."articleId" END) AS claims
      FROM link`;
  return rows[0] ?? null;
}

/** A JSON timestamp (PostgreSQL's text form) as the Date Prisma would have given. */
export function jsonDate(value: string): Date;
export function jsonDate(value: string | null): Date | null;
export function jsonDate(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
