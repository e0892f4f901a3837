import 'server-only';
import { db, Prisma, type ImportSource } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import type { FrozenDocument } from '@/lib/core/document';
import type { AddVersionResultDto } from '@/lib/validations/article-version';
import { planReanchoring, type OrphanPlan, type ReanchorPlan } from '@/lib/core/versions/plan-reanchoring';
import { loadVersionTexts, writeOrphanNotes } from '@/lib/server/claims/orphan-notes';
import { recordArticleChanged } from '@/lib/server/notifications/notification-rows';
import { flagCorrectionRequestsOnNewVersion } from '@/lib/server/correction-requests/flag-on-new-version';
import { toStoredBlocks } from './stored-blocks';
import { toVersionListItem, versionListItemSelect } from './version-shape';

type Tx = Prisma.TransactionClient;

/** A new text of an article, already frozen, with where it came from. */
export type NewVersionContent = {
  document: FrozenDocument;
  contentHash: string;
  source: ImportSource;
  fetchedAt?: Date;
  httpStatus?: number;
  rawHtml?: Uint8Array<ArrayBuffer>;
};

/** Who adds the version: a member, or the scheduled check acting for the workspace (userId null). */
export type VersionAuthor = Pick<Actor, 'workspaceId' | 'userName'> & { userId: string | null };

/**
 * Adds `content` as version n+1 of the article, unless it is the text of the latest version
 * (same SHA-256: "unchanged", nothing written). Every claim is found again on the new text
 * (planReanchoring): found claims move, with the method recorded; lost ones become orphans where
 * they were. Where each claim stood on the version it leaves is kept (claim_position), so the
 * old version can be shown frozen with its claims. All of it in one transaction holding the
 * article's row lock, so nobody ever sees a new version with claims still pointing into the old
 * one, and two additions at once cannot both write n+1. Shared by "check for changes", a
 * revised text (paste, file, API, link) and the scheduled check (decisions 013, 042).
 */
export async function writeNewVersion(author: VersionAuthor, articleId: string, content: NewVersionContent): Promise<AddVersionResultDto> {
  const checkedAt = new Date().toISOString();
  return db.$transaction(async (tx) => {
    const [article] = await tx.$queryRaw<{ title: string }[]>`
      SELECT title FROM article WHERE id = ${articleId} AND "workspaceId" = ${author.workspaceId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!article) throw new AppError('not_found', 'Article not found.');
    const latest = await tx.articleVersion.findFirst({ where: { articleId }, orderBy: { number: 'desc' }, select: versionListItemSelect });
    if (!latest) throw new AppError('not_found', 'Article not found.');
    if (latest.contentHash === content.contentHash) {
      return { status: 'unchanged' as const, version: toVersionListItem(latest), checkedAt };
    }
    const created = await tx.articleVersion.create({
      data: {
        articleId,
        number: latest.number + 1,
        text: content.document.text,
        blocks: toStoredBlocks(content.document),
        contentHash: content.contentHash,
        source: content.source,
        fetchedAt: content.fetchedAt ?? null,
        httpStatus: content.httpStatus ?? null,
        rawHtml: content.rawHtml ?? null,
        importedById: author.userId,
      },
      select: { id: true },
    });
    const outcomes = await reanchorClaims(tx, author, articleId, created.id, content.document.text);
    // Open correction requests whose claim moved, changed or was orphaned: "publisher may have corrected" (decision 039).
    await flagCorrectionRequestsOnNewVersion(tx, { ...author, userId: author.userId ?? '' }, articleId, created.id);
    const summary = summarize(outcomes);
    const moved = summary.claims.position + summary.claims.quote + summary.claims.fuzzy;
    const version = await tx.articleVersion.update({
      where: { id: created.id },
      data: { claimsMoved: moved, claimsOrphaned: summary.claims.orphaned },
      select: versionListItemSelect,
    });
    await tx.articleEvent.create({
      data: {
        workspaceId: author.workspaceId,
        articleId,
        actorId: author.userId,
        kind: 'version_added',
        fromValue: String(latest.number),
        toValue: String(version.number),
      },
    });
    await recordArticleChanged(tx, { ...author, userId: author.userId ?? '' }, { id: articleId, title: article.title });
    return { status: 'changed' as const, previousVersion: latest.number, version: toVersionListItem(version), checkedAt, ...summary };
  });
}

async function reanchorClaims(tx: Tx, author: VersionAuthor, articleId: string, versionId: string, text: string) {
  // Deleted claims too: an undone deletion must land on the current text, not the old one.
  const claims = await tx.claim.findMany({
    where: { articleId, workspaceId: author.workspaceId },
    select: {
      id: true,
      articleVersionId: true,
      start: true,
      end: true,
      exact: true,
      prefix: true,
      suffix: true,
      anchorState: true,
      anchorMethod: true,
      version: true,
    },
    orderBy: { start: 'asc' },
  });
  const plans = planReanchoring(text, claims, await loadVersionTexts(tx, claims.map((c) => c.articleVersionId)));
  const events: Prisma.ClaimEventCreateManyInput[] = [];
  const positions: Prisma.ClaimPositionCreateManyInput[] = [];
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
    // lost under the bump, so the whole addition is refused and can simply be run again.
    const updated = await tx.claim.updateMany({ where: { id: claim.id, version: claim.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new AppError('conflict', 'A claim changed while the story was being compared; try again.');
    // Where it stood on the version it leaves (an orphan stays there, so its row is itself; an
    // orphan found again leaves the version it was lost from).
    if (plan.kind === 'moved') {
      positions.push({ claimId: claim.id, articleVersionId: claim.articleVersionId, start: claim.start, end: claim.end, exact: claim.exact });
    }
    const from = claim.anchorState === 'orphaned' ? 'orphaned' : claim.anchorMethod;
    const to = plan.kind === 'moved' ? plan.method : `orphaned: ${plan.reason}`;
    events.push({
      claimId: claim.id,
      workspaceId: author.workspaceId,
      actorId: author.userId,
      actorName: author.userName,
      kind: 'reanchored',
      field: 'anchor',
      fromValue: from,
      toValue: to,
    });
  }
  if (positions.length) await tx.claimPosition.createMany({ data: positions, skipDuplicates: true });
  if (events.length) await tx.claimEvent.createMany({ data: events });
  await writeOrphanNotes(tx, versionId, plans);
  return plans.map((plan, i) => ({ plan, exact: (claims[i] as (typeof claims)[number]).exact }));
}

function summarize(outcomes: { plan: ReanchorPlan; exact: string }[]) {
  const claims = { position: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  const orphans: { claimId: string; exact: string; reason: OrphanPlan['reason']; detail: string }[] = [];
  for (const { plan, exact } of outcomes) {
    if (plan.kind === 'moved') claims[plan.method]++;
    else if (plan.kind === 'orphaned') {
      claims.orphaned++;
      orphans.push({ claimId: plan.claimId, exact, reason: plan.reason, detail: plan.detail });
    }
  }
  return { claims, orphans };
}
