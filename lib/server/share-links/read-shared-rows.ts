import 'server-only';
import { createHash } from 'node:crypto';
import { sqlPool, type Prisma } from '@/lib/server/db/client';
import type { articleVersionSelect } from '@/lib/server/articles/article-shape';
import type { PublicClaimRow } from './load-shared-claims';
import type { RatingDto } from '@/lib/validations/rating';
import type { PublicCorrectionRequest } from '@/lib/core/correction-requests/public-view';
import { publicArchiveNoteSql, type PublicArchiveNote } from '@/lib/server/evidence-archive/public-archive';

// Everything a public page shows, read in ONE statement (decision 032): the link (or, for a
// verdict's permalink, the workspace's public address and the claim id: decision 044) and its
// workspace, the article's current version, the rating scale, "changed since review", and the
// published claims with their rating, sources and corrections. Every view reads it (nothing is
// kept per process), so it must be cheap:
// - one statement, assembled by PostgreSQL as one JSON document (through Prisma's nested selects
//   the same data took about ten queries and ~4.7 ms of the instance's CPU per view);
// - a named prepared statement on the pool beneath Prisma: parsed and planned once per connection
//   (planning alone took longer than running it);
// - a verdict page reads only the stretch of the article its quote's context comes from.
// The document is returned as text, and its SHA-256 is the page's fingerprint: the rendered page
// is a pure function of it (rendered-pages.ts), so EVERY piece of data a public page shows must come
// from this statement, or a changed piece would not change the fingerprint.
// The columns are named one by one, as in the selects of load-shared-claims.ts: no internal
// note, no member ids.

/** Code points of context on each side of a verdict page's quote (quote-context.ts). */
export const QUOTE_CONTEXT_CHARS = 160;

/** A link as its statement reads it: when it stops working, and the document of what it shows. */
export type SharedLinkRead = {
  kind: 'claim' | 'article';
  expiresAt: Date | null;
  revokedAt: Date | null;
  /** The JSON text of SharedRows: parse it only when the page is not memoised. */
  document: string;
  /** SHA-256 of the document (base64url). */
  fingerprint: string;
};

export type SharedRows = {
  workspace: { name: string; organizationUrl: string | null; publicSlug: string | null };
  article: ArticleJson | null;
  ratings: RatingDto[];
  changedAt: string | null;
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
  /**
   * Where `versions[0].text` starts in the version's text, in code points: 0 for an article
   * review (the whole text), the start of the quote's surroundings for a verdict page.
   */
  textFrom: number;
};

type ClaimJson = Omit<PublicClaimRow, 'createdAt' | 'updatedAt' | 'approvedAt' | 'publishedAt' | 'correctedAt' | 'evidence' | 'events'> & {
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
  publishedAt: string | null;
  correctedAt: string | null;
  evidence: (Omit<PublicClaimRow['evidence'][number], 'accessedAt'> & { accessedAt: string | null; archive: PublicArchiveNote })[];
  events: { at: string; field: string | null; reason: string | null }[];
  /** A verdict page's claim only (empty on an article review). Dates as PostgreSQL writes them. */
  correctionRequests: PublicCorrectionRequest[];
};

// The workspace as a public page shows it; its public slug only while its public pages are on.
const WORKSPACE_JSON = `json_build_object('name', w.name, 'organizationUrl', w."organizationUrl",
                               -- Decision 040: links to the methodology and corrections log while public.
                               'publicSlug', CASE WHEN w."publicPagesEnabled" THEN w."publicSlug" END)`;

// Where a page's data starts: the `link` row (kind, workspace, article, claim, the link's dates,
// the permalink's two status columns, the workspace's JSON). Two entries, each its own prepared
// statement with the same body below: one generic plan per entry, and a share link's view never
// carries the permalink's entry (decision 044).
const BY_TOKEN = `
      SELECT l.kind::text AS kind, l."workspaceId", l."articleId", l."claimId", l."expiresAt", l."revokedAt",
             NULL::boolean AS "pagesOn", NULL::boolean AS "wasPublished", ${WORKSPACE_JSON} AS workspace
        FROM share_link l JOIN workspace w ON w.id = l."workspaceId"
       WHERE l."tokenHash" = $1`;

// A published verdict's permalink (decision 044): the workspace by its public address, the claim
// by its id within it. Whether the pages are on and whether the claim was ever published decide
// 200, 404 or 410 (get-public-verdict.ts); the page is built as a link's.
const BY_ADDRESS = `
      SELECT 'claim'::text AS kind, w.id AS "workspaceId", c."articleId", c.id AS "claimId",
             NULL::timestamptz AS "expiresAt", NULL::timestamptz AS "revokedAt",
             w."publicPagesEnabled" AS "pagesOn", c."publishedAt" IS NOT NULL AS "wasPublished", ${WORKSPACE_JSON} AS workspace
        FROM workspace w JOIN claim c ON c."workspaceId" = w.id AND c.id = $2
       WHERE w."publicSlug" = $1`;

const statement = (link: string) => `
    WITH link AS (${link}
    ),
    -- A verdict page's window of the text: its quote and QUOTE_CONTEXT_CHARS (+1, to see whether
    -- the context was cut) on each side, in code points as PostgreSQL's substring counts them.
    quote AS (
      SELECT greatest(0, c.start - ${QUOTE_CONTEXT_CHARS + 1}) AS "from", c."end" + ${QUOTE_CONTEXT_CHARS + 1} AS "to"
        FROM link JOIN claim c ON c.id = link."claimId" WHERE link.kind = 'claim'
    ),
    claims AS (
      SELECT c.* FROM link JOIN claim c ON c.id = link."claimId"
       WHERE link.kind = 'claim' AND c."workspaceId" = link."workspaceId"
      UNION ALL
      SELECT c.* FROM link JOIN claim c ON c."articleId" = link."articleId"
       WHERE link.kind = 'article' AND c."workspaceId" = link."workspaceId"
    )
    SELECT link.kind, link."expiresAt", link."revokedAt", link."pagesOn", link."wasPublished", json_build_object(
      'workspace', link.workspace,
      'article', (SELECT json_build_object(
                'id', a.id, 'title', a.title, 'sourceUrl', a."sourceUrl", 'canonicalUrl', a."canonicalUrl",
                'author', a.author, 'outlet', a.outlet, 'publishedAt', a."publishedAt", 'language', a.language,
                'direction', a.direction, 'createdAt', a."createdAt",
                'textFrom', coalesce((SELECT "from" FROM quote), 0),
                'versions', (SELECT coalesce(json_agg(json_build_object(
                                'id', v.id, 'number', v.number, 'contentHash', v."contentHash", 'source', v.source,
                                'importedAt', v."importedAt",
                                'text', CASE WHEN link.kind = 'article' THEN v.text
                                             ELSE (SELECT substring(v.text FROM q."from" + 1 FOR q."to" - q."from") FROM quote q) END,
                                -- A verdict page shows its quote in context (the text), never the blocks.
                                'blocks', CASE WHEN link.kind = 'article' THEN v.blocks ELSE '[]'::jsonb END)), '[]')
                               FROM (SELECT * FROM article_version WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1) v))
         FROM article a WHERE a.id = link."articleId" AND a."workspaceId" = link."workspaceId"
                             -- A deleted article's links answer 410 until it is restored (decision 042).
                             AND a."deletedAt" IS NULL),
      'ratings', (SELECT coalesce(json_agg(json_build_object('key', r.key, 'label', r.label, 'description', r.description, 'value', r.value)
                                ORDER BY r.position), '[]')
         FROM rating r WHERE r."workspaceId" = link."workspaceId"),
      -- As changed-after-review.ts: the first version imported after the last publication.
      'changedAt', (SELECT min(v."importedAt") FROM article_version v
        WHERE v."articleId" = link."articleId" AND v.number > 1
          AND v."importedAt" > (SELECT max(c."publishedAt") FROM claim c
                                 WHERE c."articleId" = link."articleId" AND c.status = 'published' AND c."deletedAt" IS NULL)),
      'claims', (SELECT coalesce(json_agg(json_build_object(
                'id', c.id, 'start', c.start, 'end', c."end", 'exact', c.exact, 'prefix', c.prefix, 'suffix', c.suffix,
                'anchorState', c."anchorState", 'statement', c.statement, 'claimant', c.claimant, 'status', c.status,
                'explanation', c.explanation, 'createdAt', c."createdAt", 'updatedAt', c."updatedAt",
                'approvedAt', c."approvedAt", 'publishedAt', c."publishedAt", 'correctedAt', c."correctedAt",
                'rating', json_build_object('key', r.key, 'label', r.label, 'value', r.value, 'color', r.color),
                'publishedRating', c."publishedRating",
                'evidence', (SELECT coalesce(json_agg(json_build_object(
                                'id', e.id, 'url', e.url, 'title', e.title, 'publisher', e.publisher, 'passage', e.passage,
                                'stance', e.stance, 'accessedAt', e."accessedAt", 'archive', ${publicArchiveNoteSql}) ORDER BY e."createdAt"), '[]')
                               FROM evidence e WHERE e."claimId" = c.id),
                'events', (SELECT coalesce(json_agg(json_build_object('at', ev.at, 'field', ev.field, 'reason', ev.reason) ORDER BY ev.at), '[]')
                             FROM claim_event ev WHERE ev."claimId" = c.id AND ev.kind = 'corrected'),
                -- A verdict page shows the desk's correction requests (decision 039): the public
                -- columns only, never the request's text, the answer or the internal note.
                'correctionRequests', CASE WHEN link.kind = 'claim' THEN (SELECT coalesce(json_agg(json_build_object(
                                'recipientKind', q."recipientKind", 'recipientName', q."recipientName", 'channel', q.channel,
                                'sentAt', q."sentAt", 'outcome', q.outcome, 'respondedAt', q."respondedAt", 'correctionUrl', q."correctionUrl")
                              ORDER BY q."sentAt", q.id), '[]')
                             FROM correction_request q WHERE q."claimId" = c.id AND q."workspaceId" = c."workspaceId") ELSE '[]'::json END)
              ORDER BY c.start, c."end" DESC, c."createdAt"), '[]')
         FROM claims c JOIN rating r ON r.id = c."ratingId"
        WHERE c."deletedAt" IS NULL AND c.status = 'published')
    )::text AS document
      FROM link`;

const BY_TOKEN_STATEMENT = statement(BY_TOKEN);
const BY_ADDRESS_STATEMENT = statement(BY_ADDRESS);

type Row = {
  kind: 'claim' | 'article';
  expiresAt: Date | null;
  revokedAt: Date | null;
  pagesOn: boolean | null;
  wasPublished: boolean | null;
  document: string;
};

async function read(name: string, text: string, values: string[]): Promise<Row | undefined> {
  const { rows } = await sqlPool().query<Row>({ name, text, values });
  return rows[0];
}

const fingerprintOf = (document: string) => createHash('sha256').update(document).digest('base64url');

/** The link of this token hash and the document of what it shows, or null if there is none. */
export async function readSharedLink(tokenHash: string): Promise<SharedLinkRead | null> {
  const row = await read('factdesk-public-page', BY_TOKEN_STATEMENT, [tokenHash]);
  if (!row) return null;
  const { kind, expiresAt, revokedAt, document } = row;
  return { kind, expiresAt, revokedAt, document, fingerprint: fingerprintOf(document) };
}

/** A verdict's permalink as its statement reads it (decision 044). */
export type PublicVerdictRead = Pick<SharedLinkRead, 'kind' | 'document' | 'fingerprint'> & {
  /** The workspace's public pages are on. */
  pagesOn: boolean;
  /** The claim was published at some time (taken back or deleted since: 410, never: 404). */
  wasPublished: boolean;
};

/** The claim `claimId` of the workspace whose public address is `slug`, or null if there is none. */
export async function readPublicVerdict(slug: string, claimId: string): Promise<PublicVerdictRead | null> {
  const row = await read('factdesk-public-verdict', BY_ADDRESS_STATEMENT, [slug, claimId]);
  if (!row) return null;
  const { document } = row;
  return { kind: 'claim', document, fingerprint: fingerprintOf(document), pagesOn: row.pagesOn === true, wasPublished: row.wasPublished === true };
}

/** A JSON timestamp (PostgreSQL's text form) as the Date Prisma would have given. */
export function jsonDate(value: string): Date;
export function jsonDate(value: string | null): Date | null;
export function jsonDate(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
