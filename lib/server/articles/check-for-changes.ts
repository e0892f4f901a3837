import 'server-only';
import { gzipSync } from 'node:zlib';
import { db, Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { CheckForChangesResultDto } from '@/lib/validations/article-version';
import { planReanchoring, type ReanchorPlan } from '@/lib/core/versions/plan-reanchoring';
import { claimEventRows } from '@/lib/server/claims/record-events';
import { recordArticleChanged } from '@/lib/server/notifications/notification-rows';
import { flagCorrectionRequestsOnNewVersion } from '@/lib/server/correction-requests/flag-on-new-version';
import { fetchArticlePage } from './fetch-article-page';
import { toStoredBlocks } from './stored-blocks';
import { toVersionListItem, versionListItemSelect } from './version-shape';

type Tx = Prisma.TransactionClient;

/**
 * "Check for changes": fetches the article's link again. The same text (same SHA-256) changes
 * nothing. A different text becomes a new version (the old one stays, frozen) and every claim is
 * found again on it by the Hypothesis method (planReanchoring): found claims move, with the
 * method recorded; lost ones become orphans where they were. All of it in one transaction, so
 * nobody ever sees a new version with claims still pointing into the old one.
 *
 * Permission: article.create — it imports a page, like the first import did.
 */
export async function checkForChanges(actor: Actor, articleId: string): Promise<CheckForChangesResultDto> {
  requirePermission(actor, 'article.create');
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: actor.workspaceId },
    select: { sourceUrl: true, title: true },
  });
  if (!article) throw new AppError('not_found', 'Article not found.');
  if (!article.sourceUrl) {
    throw new AppError('unprocessable', 'This article has no link to fetch again: it was pasted or uploaded.', {
      details: { reason: 'no_link' },
    });
  }

  // The network is outside the transaction: a slow page must not hold row locks.
  const { article: page, raw } = await fetchArticlePage(article.sourceUrl);
  const checkedAt = new Date().toISOString();

  const result = await db.$transaction(async (tx) => {
    // Two checks of one article at once must not both write version n+1 or re-anchor twice.
    await tx.$executeRaw`SELECT 1 FROM article WHERE id = ${articleId} FOR UPDATE`;
    const latest = await tx.articleVersion.findFirst({
      where: { articleId },
      orderBy: { number: 'desc' },
      select: { ...versionListItemSelect },
    });
    if (!latest) throw new AppError('not_found', 'Article not found.');
    if (latest.contentHash === page.contentHash) {
      return { status: 'unchanged' as const, version: toVersionListItem(latest), checkedAt };
    }

    const version = await tx.articleVersion.create({
      data: {
        articleId,
        number: latest.number + 1,
        text: page.document.text,
        blocks: toStoredBlocks(page.document),
        contentHash: page.contentHash,
        source: 'url',
        fetchedAt: new Date(raw.fetchedAt),
        httpStatus: raw.status,
        rawHtml: gzipSync(raw.html),
        importedById: actor.userId,
      },
      select: versionListItemSelect,
    });
    const quotes = await reanchorClaims(tx, actor, articleId, version.id, page.document.text);
    await flagCorrectionRequestsOnNewVersion(tx, actor, articleId, version.id);
    await recordArticleChanged(tx, actor, { id: articleId, title: article.title });
    return {
      status: 'changed' as const,
      previousVersion: latest.number,
      version: toVersionListItem(version),
      checkedAt,
      ...summarize(quotes),
    };
  });
  return result;
}

async function reanchorClaims(tx: Tx, actor: Actor, articleId: string, versionId: string, text: string) {
  // Deleted claims too: an undone deletion must land on the current text, not the old one.
  const claims = await tx.claim.findMany({
    where: { articleId, workspaceId: actor.workspaceId },
    select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, anchorState: true, anchorMethod: true, version: true },
    orderBy: { start: 'asc' },
  });
  const plans = planReanchoring(text, claims);
  const events: Prisma.ClaimEventCreateManyInput[] = [];
  for (const [i, plan] of plans.entries()) {
    const claim = claims[i] as (typeof claims)[number];
    if (plan.kind === 'still_orphaned') continue;
    const data =
      plan.kind === 'moved'
        ? {
            articleVersionId: versionId,
            start: plan.position.start,
            end: plan.position.end,
            exact: plan.quote.exact,
            prefix: plan.quote.prefix,
            suffix: plan.quote.suffix,
            anchorState: 'anchored' as const,
            anchorMethod: plan.method,
          }
        : // An orphan keeps its old version, quote and context: it is never moved onto other words.
          { anchorState: 'orphaned' as const, anchorMethod: 'orphaned' };
    // The claim's version guards against a teammate's edit read before ours: that edit would be
    // lost under the bump, so the whole check is refused and can simply be run again.
    const updated = await tx.claim.updateMany({ where: { id: claim.id, version: claim.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new AppError('conflict', 'A claim changed while the story was being compared; check for changes again.');
    const from = claim.anchorState === 'orphaned' ? 'orphaned' : claim.anchorMethod;
    const to = plan.kind === 'moved' ? plan.method : `orphaned: ${plan.reason}`;
    events.push(...claimEventRows(actor, claim.id, 'reanchored', [{ field: 'anchor', from, to }]));
  }
  if (events.length) await tx.claimEvent.createMany({ data: events });
  return plans.map((plan, i) => ({ plan, exact: (claims[i] as (typeof claims)[number]).exact }));
}

function summarize(outcomes: { plan: ReanchorPlan; exact: string }[]) {
  const claims = { position: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  const orphans: { claimId: string; exact: string; reason: Extract<ReanchorPlan, { kind: 'orphaned' }>['reason'] }[] = [];
  for (const { plan, exact } of outcomes) {
    if (plan.kind === 'moved') claims[plan.method]++;
    else if (plan.kind === 'orphaned') {
      claims.orphaned++;
      orphans.push({ claimId: plan.claimId, exact, reason: plan.reason });
    }
  }
  return { claims, orphans };
}
