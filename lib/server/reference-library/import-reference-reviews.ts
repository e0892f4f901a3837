import 'server-only';
import { searchKey } from '@/lib/core/suggestions';
import { MAX_DOCUMENT_CHARS, parseClaimReviews, type ParsedReview } from '@/lib/core/reference-library/parse-claim-review';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { parseAllowHosts } from '@/lib/server/import/allow-hosts';
import { safeFetchPage } from '@/lib/server/import/safe-fetch';
import type { ImportReferenceInput } from '@/lib/validations/similar';

// JSON-LD is served as any of these; a partner's page with embedded <script> blocks as HTML.
const ACCEPTED_TYPES = ['application/ld+json', 'application/json', 'text/plain', 'text/html'];

async function fetchDocument(url: string, field: string): Promise<string> {
  const page = await safeFetchPage(url, {
    allowHosts: parseAllowHosts(process.env.FACTDESK_IMPORT_ALLOW_HOSTS),
    acceptedTypes: ACCEPTED_TYPES,
    maxBytes: MAX_DOCUMENT_CHARS,
  });
  if (!page.ok) throw new AppError('unprocessable', page.message, { fields: { [field]: [page.message] }, details: { reason: page.code } });
  return page.body;
}

/**
 * Imports other fact-checkers' ClaimReviews into the workspace's reference library (admins only:
 * what it holds is shown to every member as "already checked"). All or nothing: a malformed
 * document is refused with the parser's message and nothing is written. A review already in the
 * library (same link and claim) is updated, so re-importing a partner's feed refreshes it.
 */
export async function importReferenceReviews(actor: Actor, input: ImportReferenceInput): Promise<{ imported: number; updated: number }> {
  requirePermission(actor, 'workspace.manage');
  const document = 'url' in input ? await fetchDocument(input.url, 'url') : input.document;
  const parsed = parseClaimReviews(document);
  const field = 'url' in input ? 'url' : 'document';
  if (!parsed.ok) throw new AppError('unprocessable', parsed.message, { fields: { [field]: [parsed.message] }, details: { reason: 'invalid_claim_review' } });

  const reviews = dedupe(parsed.reviews);
  const existing = await db.referenceReview.findMany({
    where: { workspaceId: actor.workspaceId, url: { in: reviews.map((r) => r.url) } },
    select: { url: true, claimReviewed: true },
  });
  const known = new Set(existing.map((r) => `${r.url}\n${r.claimReviewed}`));
  await db.$transaction(
    reviews.map((review) => {
      const data = { ...review, reviewedAt: review.reviewedAt === null ? null : new Date(review.reviewedAt), similarityKey: searchKey(review.claimReviewed) };
      return db.referenceReview.upsert({
        where: { workspaceId_url_claimReviewed: { workspaceId: actor.workspaceId, url: review.url, claimReviewed: review.claimReviewed } },
        create: { ...data, workspaceId: actor.workspaceId, importedById: actor.userId },
        update: data,
      });
    }),
  );
  const updated = reviews.filter((r) => known.has(`${r.url}\n${r.claimReviewed}`)).length;
  return { imported: reviews.length - updated, updated };
}

/** A feed may list one review twice; the last one wins, as a second import would. */
function dedupe(reviews: ParsedReview[]): ParsedReview[] {
  return [...new Map(reviews.map((r) => [`${r.url}\n${r.claimReviewed}`, r])).values()];
}
