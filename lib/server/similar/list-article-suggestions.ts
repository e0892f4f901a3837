import 'server-only';
import { createClaimIndex, describeEarlierCheck, suggestClaims, type ClaimIndex, type ClaimMatch, type PublishedClaim, type Suggestion } from '@/lib/core/suggestions';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ArticleSuggestionsDto, SuggestionDto } from '@/lib/validations/similar';
import type { SimilarCandidate } from './similar-candidates';

type Checked = PublishedClaim & SimilarCandidate;
/** What scoring needs of a checked claim: the rest is read only for the few that match. */
type CheckedKey = { source: 'desk' | 'reference'; id: string; statement: string; searchKey: string };

// Every published verdict of the workspace and its whole reference library, as stored keys:
// building the in-memory index from them is string splitting (decision 024's bench: ~60 ms for
// 20,000 claims), cheaper than one trigram query per sentence of a long article. Only what
// scoring reads (no joins, no verdicts): 20,000 narrow rows decode in a fraction of the time.
// (Aggregating them into arrays or one text was measured slower, on the server and in total.)
async function checkedKeys(workspaceId: string): Promise<CheckedKey[]> {
  return db.$queryRaw<CheckedKey[]>`
    SELECT 'desk' AS source, c.id, COALESCE(NULLIF(c.statement, ''), c.exact) AS statement, c."similarityKey" AS "searchKey"
    FROM claim c WHERE c."workspaceId" = ${workspaceId} AND c.status = 'published' AND c."deletedAt" IS NULL
    UNION ALL
    SELECT 'reference', id, "claimReviewed", "similarityKey" FROM reference_review WHERE "workspaceId" = ${workspaceId}`;
}

/** The verdict, article and dates of the checked claims that matched a sentence. */
async function checkedDetails(workspaceId: string, matched: CheckedKey[]): Promise<Map<string, Checked>> {
  const ids = (source: CheckedKey['source']) => matched.filter((claim) => claim.source === source).map((claim) => claim.id);
  if (matched.length === 0) return new Map();
  const rows = await db.$queryRaw<SimilarCandidate[]>`
    SELECT 'desk' AS source, c.id, COALESCE(NULLIF(c.statement, ''), c.exact) AS statement, c."similarityKey" AS "searchKey",
           r.label AS verdict, 'published' AS status, c."articleId", a.title AS "articleTitle",
           NULL AS publisher, NULL AS url, c."publishedAt" AS date
    FROM claim c JOIN article a ON a.id = c."articleId" LEFT JOIN rating r ON r.id = c."ratingId"
    WHERE c.id = ANY(${ids('desk')}::text[]) AND c."workspaceId" = ${workspaceId}
    UNION ALL
    SELECT 'reference', id, "claimReviewed", "similarityKey", NULLIF("ratingName", ''), NULL, NULL, NULL, publisher, url, "reviewedAt"
    FROM reference_review WHERE id = ANY(${ids('reference')}::text[]) AND "workspaceId" = ${workspaceId}`;
  return new Map(rows.map((row) => [`${row.source}:${row.id}`, { ...row, verdictLabel: row.verdict ?? undefined, publishedAt: row.date?.toISOString() }]));
}

/** "Partner Checks rated this False on …" for a reference review; the desk's own words otherwise. */
function describeMatch(match: ClaimMatch<Checked>): string {
  const described = describeEarlierCheck(match);
  if (match.claim.source === 'desk') return described;
  return described.replace(/^Your desk/, match.claim.publisher || 'Another fact-checker');
}

function toSuggestionDto(suggestion: Suggestion<CheckedKey>, details: Map<string, Checked>): SuggestionDto | null {
  if (!suggestion.match) return { kind: suggestion.kind, start: suggestion.start, end: suggestion.end, exact: suggestion.exact, reasons: suggestion.reasons, match: null };
  const checked = details.get(`${suggestion.match.claim.source}:${suggestion.match.claim.id}`);
  if (!checked) {
    // The matched claim was deleted meanwhile: the sentence stays only if it is worth checking.
    if (!suggestion.worthiness.worthy) return null;
    return { kind: 'check-worthy', start: suggestion.start, end: suggestion.end, exact: suggestion.exact, reasons: suggestion.reasons.slice(1), match: null };
  }
  const match = { ...suggestion.match, claim: checked };
  const { searchKey: _key, verdictLabel: _label, publishedAt: _at, date, ...claim } = checked;
  return {
    kind: suggestion.kind,
    start: suggestion.start,
    end: suggestion.end,
    exact: suggestion.exact,
    reasons: [describeMatch(match), ...suggestion.reasons.slice(1)],
    match: { ...claim, date: date?.toISOString() ?? null, score: Math.round(match.similarity.score * 1000) / 1000, explanation: match.similarity.explanation },
  };
}

// The index of what a workspace has checked, kept per fingerprint for the next article viewed:
// derived from the database and keyed by its fingerprint, so every instance scores alike, and a
// new verdict (another fingerprint) builds it again. A few workspaces, the most recent ones.
const INDEXES_KEPT = 4;
const indexes = new Map<string, { fingerprint: string; index: Promise<ClaimIndex<CheckedKey>> }>();

function checkedIndex(workspaceId: string, fingerprint: string): Promise<ClaimIndex<CheckedKey>> {
  const kept = indexes.get(workspaceId);
  indexes.delete(workspaceId);
  const index = kept?.fingerprint === fingerprint ? kept.index : checkedKeys(workspaceId).then((keys) => createClaimIndex(keys));
  indexes.set(workspaceId, { fingerprint, index });
  index.catch(() => indexes.delete(workspaceId));
  for (const oldest of indexes.keys()) if (indexes.size > INDEXES_KEPT) indexes.delete(oldest);
  return index;
}

/** Forgets the kept indexes, so that the next view builds its own (the bench's cold first view). */
export function forgetCheckedIndexes(): void {
  indexes.clear();
}

/** Scores the text against everything the desk has checked; details are read for the matches only. */
async function scoreSuggestions(workspaceId: string, fingerprint: string, text: string): Promise<SuggestionDto[]> {
  const suggestions = suggestClaims(text, { published: await checkedIndex(workspaceId, fingerprint) });
  const details = await checkedDetails(workspaceId, suggestions.flatMap((s) => (s.match ? [s.match.claim] : [])));
  return suggestions.flatMap((suggestion) => toSuggestionDto(suggestion, details) ?? []);
}

// What the desk has checked, summarised: a new, corrected, unpublished or deleted verdict or a new
// reference review changes it, and with it every cached suggestion list of the workspace.
async function checkedFingerprint(workspaceId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ fingerprint: string }[]>`
    SELECT (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM claim
             WHERE "workspaceId" = ${workspaceId} AND status = 'published' AND "deletedAt" IS NULL)
        || '|' || (SELECT count(*) || ':' || coalesce(max("createdAt")::text, '') FROM reference_review WHERE "workspaceId" = ${workspaceId})
        AS fingerprint`;
  return row?.fingerprint ?? '';
}

/** The version's suggestions against what the desk has checked now: from the cache while that is unchanged. */
async function versionSuggestions(workspaceId: string, version: { id: string; text: string }): Promise<SuggestionDto[]> {
  const [fingerprint, cached] = await Promise.all([
    checkedFingerprint(workspaceId),
    db.suggestionCache.findUnique({ where: { articleVersionId: version.id }, select: { checkedFingerprint: true, suggestions: true } }),
  ]);
  if (cached && cached.checkedFingerprint === fingerprint) return cached.suggestions as SuggestionDto[];
  const suggestions = await scoreSuggestions(workspaceId, fingerprint, version.text);
  const data = { workspaceId, checkedFingerprint: fingerprint, suggestions, computedAt: new Date() };
  await db.suggestionCache.upsert({ where: { articleVersionId: version.id }, create: { articleVersionId: version.id, ...data }, update: data });
  return suggestions;
}

/**
 * Suggested claims for the article's newest version: sentences repeating a verdict the desk (or
 * a partner in the reference library) published, and check-worthy sentences, each with its
 * reasons. Scored once per version and reused until the desk's checked claims change (a cache in
 * the database, so several instances agree); what people decided is applied on every read:
 * sentences already marked and suggestions dismissed are left out.
 */
export async function listArticleSuggestions(actor: Actor, articleId: string): Promise<ArticleSuggestionsDto> {
  requirePermission(actor, 'article.read');
  const version = await db.articleVersion.findFirst({
    where: { articleId, article: { workspaceId: actor.workspaceId, deletedAt: null } },
    orderBy: { number: 'desc' },
    select: { id: true, number: true, text: true },
  });
  if (!version) throw new AppError('not_found', 'Article not found.');
  const [suggestions, marked, dismissed] = await Promise.all([
    versionSuggestions(actor.workspaceId, version),
    db.claim.findMany({ where: { articleVersionId: version.id, workspaceId: actor.workspaceId, deletedAt: null }, select: { start: true, end: true } }),
    db.suggestionDismissal.findMany({ where: { articleVersionId: version.id, workspaceId: actor.workspaceId }, select: { start: true, end: true } }),
  ]);
  const gone = new Set(dismissed.map((d) => `${d.start}:${d.end}`));
  const open = suggestions.filter(
    (s) => !gone.has(`${s.start}:${s.end}`) && !marked.some((range) => range.start < s.end && s.start < range.end),
  );
  return { versionNumber: version.number, suggestions: open };
}
