import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { hasPositiveTerm, parseSearchQuery, type SearchTerm } from '@/lib/core/search/parse-query';
import { HIGHLIGHT_END, HIGHLIGHT_START, splitHighlights } from '@/lib/core/search/highlight';
import { searchReferenceReviews } from '@/lib/server/reference-library/search-reference-reviews';
import { referenceReviewResult } from './reference-review-result';
import type { SearchKind, SearchQuery, SearchResultDto, SearchResultsDto } from '@/lib/validations/search';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './search-cursor';
import { buildTsQuery, type MatchMode } from './search-query';

type Row = {
  id: string;
  kind: SearchKind;
  entityId: string;
  articleId: string;
  claimId: string | null;
  sortAt: Date;
  rank: number;
  title: string;
  snippet: string;
  articleTitle: string;
};

const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;
// A snippet: up to two short fragments around the matches.
const SNIPPET_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * Only the newest matches are ranked by relevance. Matching reads the GIN index and each match's
 * date; ranking reads a match's whole vector (an article's is ~7 kB, in TOAST), which made a
 * broad query (a common word beginning: ~4,500 matches on the big desk) the slowest by far. So
 * the newest RANKED_MATCHES are ranked (stage one) and every older match follows them by date
 * (stage two, rank -1, its vector never read): nothing is out of reach, and only a page that
 * runs past the ranked set pays for the second query (decision 021).
 */
const RANKED_MATCHES = 150;
/** The rank of a match past the ranked set: below every ts_rank, which is never negative. */
const UNRANKED = -1;

type RankedPage = { rows: Row[]; boundary: { at: Date; id: string } | null };

/**
 * Stage one: the newest RANKED_MATCHES matches, ranked (ts_rank over the weighted vector,
 * normalised by length), then the most recent; the page after the cursor. `boundary` is the
 * oldest ranked match when the set is full (older matches exist, maybe), else null.
 */
async function rankedPage(actor: Actor, query: SearchQuery, tsQuery: Prisma.Sql, after: SearchCursor | null, limit: number): Promise<RankedPage> {
  const afterCursor = after
    ? Prisma.sql`AND (m.rank, m."sortAt", m.id) < (${after.rank}::real, ${new Date(after.at)}::timestamptz, ${after.id})`
    : Prisma.empty;
  const rows = await db.$queryRaw<(Row & { boundaryAt: Date | null; boundaryId: string | null })[]>`
    WITH q AS MATERIALIZED (SELECT ${tsQuery} AS query),
    candidates AS MATERIALIZED (
      SELECT e.id, e.kind, e."entityId", e."articleId", e."claimId", e."sortAt", e.vector
      FROM search_entry e, q
      WHERE e."workspaceId" = ${actor.workspaceId} AND NOT e.hidden AND e.kind = ANY(${query.kinds}::text[]) AND e.vector @@ q.query
      ORDER BY e."sortAt" DESC, e.id DESC
      LIMIT ${RANKED_MATCHES}
    ),
    boundary AS (
      SELECT c."sortAt" AS "boundaryAt", c.id AS "boundaryId" FROM candidates c
      WHERE (SELECT count(*) FROM candidates) = ${RANKED_MATCHES}
      ORDER BY c."sortAt", c.id LIMIT 1
    ),
    page AS (
      SELECT * FROM (
        SELECT c.id, c.kind, c."entityId", c."articleId", c."claimId", c."sortAt", ts_rank(c.vector, q.query, 1) AS rank
        FROM candidates c, q
      ) m WHERE true ${afterCursor}
      ORDER BY m.rank DESC, m."sortAt" DESC, m.id DESC
      LIMIT ${limit}
    )
    SELECT page.*, a.title AS "articleTitle",
      ts_headline(e.config::regconfig, e.title, q.query, ${TITLE_OPTIONS}) AS title,
      ts_headline(e.config::regconfig, e.body, q.query, ${SNIPPET_OPTIONS}) AS snippet,
      b."boundaryAt", b."boundaryId"
    FROM page JOIN search_entry e ON e.id = page.id JOIN article a ON a.id = page."articleId" CROSS JOIN q
      LEFT JOIN boundary b ON true
    ORDER BY page.rank DESC, page."sortAt" DESC, page.id DESC`;
  const [boundaryRow] = rows.length > 0 ? rows : await db.$queryRaw<{ boundaryAt: Date | null; boundaryId: string | null }[]>`
    WITH q AS MATERIALIZED (SELECT ${tsQuery} AS query),
    candidates AS MATERIALIZED (
      SELECT e.id, e."sortAt" FROM search_entry e, q
      WHERE e."workspaceId" = ${actor.workspaceId} AND NOT e.hidden AND e.kind = ANY(${query.kinds}::text[]) AND e.vector @@ q.query
      ORDER BY e."sortAt" DESC, e.id DESC
      LIMIT ${RANKED_MATCHES}
    )
    SELECT c."sortAt" AS "boundaryAt", c.id AS "boundaryId" FROM candidates c
    WHERE (SELECT count(*) FROM candidates) = ${RANKED_MATCHES}
    ORDER BY c."sortAt", c.id LIMIT 1`;
  const boundary = boundaryRow?.boundaryAt && boundaryRow.boundaryId ? { at: boundaryRow.boundaryAt, id: boundaryRow.boundaryId } : null;
  return { rows: rows.map(({ boundaryAt: _at, boundaryId: _id, ...row }) => row), boundary };
}

/** Stage two: matches older than `before`, newest first, unranked (their vectors are never read). */
async function olderPage(actor: Actor, query: SearchQuery, tsQuery: Prisma.Sql, before: { at: Date; id: string }, limit: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    WITH q AS MATERIALIZED (SELECT ${tsQuery} AS query),
    page AS (
      SELECT e.id, e.kind, e."entityId", e."articleId", e."claimId", e."sortAt", ${UNRANKED}::real AS rank
      FROM search_entry e, q
      WHERE e."workspaceId" = ${actor.workspaceId} AND NOT e.hidden AND e.kind = ANY(${query.kinds}::text[]) AND e.vector @@ q.query
        AND (e."sortAt", e.id) < (${before.at}::timestamptz, ${before.id})
      ORDER BY e."sortAt" DESC, e.id DESC
      LIMIT ${limit}
    )
    SELECT page.*, a.title AS "articleTitle",
      ts_headline(e.config::regconfig, e.title, q.query, ${TITLE_OPTIONS}) AS title,
      ts_headline(e.config::regconfig, e.body, q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM page JOIN search_entry e ON e.id = page.id JOIN article a ON a.id = page."articleId", q
    ORDER BY page."sortAt" DESC, page.id DESC`;
}

/** One page (limit + 1 rows, to know whether another follows) of the actor's workspace's matches. */
async function searchPage(actor: Actor, query: SearchQuery, terms: SearchTerm[], match: MatchMode, after: SearchCursor | null): Promise<Row[]> {
  const tsQuery = buildTsQuery(actor.workspaceId, terms, match);
  const wanted = query.limit + 1;
  if (after && after.rank === UNRANKED) return olderPage(actor, query, tsQuery, { at: new Date(after.at), id: after.id }, wanted);
  const ranked = await rankedPage(actor, query, tsQuery, after, wanted);
  if (ranked.rows.length >= wanted || !ranked.boundary) return ranked.rows;
  return [...ranked.rows, ...(await olderPage(actor, query, tsQuery, ranked.boundary, wanted - ranked.rows.length))];
}

// Claims, evidence and comments open in their claim's panel, its highlight scrolled into view;
// evidence and comments also name themselves, and the panel scrolls to them (`?evidence=`, `?comment=`).
function hrefOf(row: Row): string {
  if (!row.claimId) return `/articles/${row.articleId}`;
  const item = row.kind === 'evidence' || row.kind === 'comment' ? `&${row.kind}=${row.entityId}` : '';
  return `/articles/${row.articleId}?claim=${row.claimId}${item}`;
}

function toResult(row: Row): SearchResultDto {
  return {
    kind: row.kind,
    id: row.entityId,
    articleId: row.articleId,
    claimId: row.claimId,
    articleTitle: row.articleTitle,
    publisher: null,
    external: false,
    title: splitHighlights(row.title),
    snippet: splitHighlights(row.snippet),
    href: hrefOf(row),
    at: row.sortAt.toISOString(),
  };
}

/**
 * Searches articles, claims, evidence and comments of the actor's workspace (and nothing else:
 * every entry read is filtered by its workspace). A search of plain words that finds nothing with
 * every word tries again with any of them, ranked, so a paraphrase still finds its nearest rows.
 */
export async function searchWorkspace(actor: Actor, query: SearchQuery): Promise<SearchResultsDto> {
  const terms = parseSearchQuery(query.q);
  if (!hasPositiveTerm(terms)) return { results: [], nextCursor: null };
  // Other fact-checkers' reviews live in their own table, searched by its own rule (every word of
  // the normal form, or the publisher): listed after the desk's own results on the first page
  // only, never in a cursor's pages (decision 030).
  const references = query.kinds.includes('reference_review') && !query.cursor
    ? (await searchReferenceReviews(actor, query.q)).slice(0, query.limit).map((review) => referenceReviewResult(review, terms))
    : [];
  const ownKinds = query.kinds.filter((kind) => kind !== 'reference_review');
  if (ownKinds.length === 0) return { results: references, nextCursor: null };
  const desk = await searchDesk(actor, { ...query, kinds: ownKinds }, terms);
  return { results: [...desk.results, ...references], nextCursor: desk.nextCursor };
}

async function searchDesk(actor: Actor, query: SearchQuery, terms: SearchTerm[]): Promise<SearchResultsDto> {
  const after = query.cursor ? decodeSearchCursor(query.cursor) : null;
  let match: MatchMode = after?.match ?? 'all';
  let rows = await searchPage(actor, query, terms, match, after);
  // Not when the person was explicit: a phrase or an exclusion means exactly that.
  const loose = terms.length > 1 && terms.every((term) => !term.phrase && !term.negated);
  if (rows.length === 0 && !after && match === 'all' && loose) {
    match = 'any';
    rows = await searchPage(actor, query, terms, match, null);
  }
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeSearchCursor({ match, rank: last.rank, at: last.sortAt.toISOString(), id: last.id })
      : null;
  return { results: page.map(toResult), nextCursor };
}
