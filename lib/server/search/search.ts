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
 * At most this many matches are ranked: the most recent. Matching reads only the GIN index and
 * each row's date; ranking reads every match's whole vector (an article's is ~7 kB, in TOAST),
 * which made a broad query (a common word beginning: ~4,500 matches on the big desk) the slowest
 * by far. A query this broad is being typed or is refined next; a precise one ranks every match.
 */
const RANKED_MATCHES = 1000;

/**
 * One page of results in the actor's workspace: the most relevant first (ts_rank over the
 * weighted vector, normalised by length) among the RANKED_MATCHES most recent matches, then the
 * most recent. The snippets are cut only for the page's rows (ts_headline reads the whole text,
 * so never for every match).
 */
async function searchPage(actor: Actor, query: SearchQuery, terms: SearchTerm[], match: MatchMode, after: SearchCursor | null): Promise<Row[]> {
  const tsQuery = buildTsQuery(actor.workspaceId, terms, match);
  const afterCursor = after
    ? Prisma.sql`AND (m.rank, m."sortAt", m.id) < (${after.rank}::real, ${new Date(after.at)}::timestamptz, ${after.id})`
    : Prisma.empty;
  return db.$queryRaw<Row[]>`
    WITH q AS MATERIALIZED (SELECT ${tsQuery} AS query),
    candidates AS (
      SELECT e.id, e.kind, e."entityId", e."articleId", e."claimId", e."sortAt", e.vector
      FROM search_entry e, q
      WHERE e."workspaceId" = ${actor.workspaceId} AND NOT e.hidden AND e.kind = ANY(${query.kinds}::text[]) AND e.vector @@ q.query
      ORDER BY e."sortAt" DESC
      LIMIT ${RANKED_MATCHES}
    ),
    matches AS (
      SELECT c.id, c.kind, c."entityId", c."articleId", c."claimId", c."sortAt", ts_rank(c.vector, q.query, 1) AS rank
      FROM candidates c, q
    ),
    page AS (
      SELECT * FROM matches m WHERE true ${afterCursor}
      ORDER BY m.rank DESC, m."sortAt" DESC, m.id DESC
      LIMIT ${query.limit + 1}
    )
    SELECT page.*, a.title AS "articleTitle",
      ts_headline(e.config::regconfig, e.title, q.query, ${TITLE_OPTIONS}) AS title,
      ts_headline(e.config::regconfig, e.body, q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM page JOIN search_entry e ON e.id = page.id JOIN article a ON a.id = page."articleId", q
    ORDER BY page.rank DESC, page."sortAt" DESC, page.id DESC`;
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
