import 'server-only';
import { db } from '@/lib/server/db/client';
import { articleSelect, toArticleDto } from '@/lib/server/articles/article-shape';
import { publicClaimSelect, toLoadedClaims } from '@/lib/server/share-links/load-shared-claims';
import { siteOrigin } from '@/lib/server/site-origin';
import { renderClaimReviews, type ClaimReviewJsonLd } from '@/lib/core/exports/claim-review';
import { reportArticle } from '@/lib/core/exports/report-article';
import { webhookBody, type WebhookEventData } from '@/lib/core/webhooks/payload';
import { claimEventData, webhookArticle } from '@/lib/core/webhooks/payload-data';
import type { WebhookEventType } from '@/lib/validations/webhook';

export type DeliverySubject = { claimId?: string; articleId?: string; versionId?: string; shareLinkId?: string };

const articleColumns = {
  id: true,
  title: true,
  sourceUrl: true,
  canonicalUrl: true,
  outlet: true,
  author: true,
  publishedAt: true,
} as const;

/**
 * The body of a delivery, made at its first attempt from the workspace's data then (the trigger
 * recorded only what happened and to what) and stored, so every retry sends the same bytes.
 * Reads are scoped to the delivery's workspace; what they return is what its admins may read.
 */
export async function composeWebhookBody(workspaceId: string, type: WebhookEventType, subject: DeliverySubject, occurredAt: Date): Promise<string> {
  const origin = siteOrigin();
  const data = (await eventData(workspaceId, type, subject, origin)) ?? { gone: true as const, subject: subject as Record<string, string> };
  return webhookBody(type, occurredAt, data);
}

async function eventData(workspaceId: string, type: WebhookEventType, subject: DeliverySubject, origin: string): Promise<WebhookEventData | null> {
  switch (type) {
    case 'claim.published':
    case 'claim.corrected':
    case 'claim.unpublished':
      return claimData(workspaceId, type, subject.claimId ?? '', origin);
    case 'article.created':
    case 'article.version_created': {
      const article = await db.article.findFirst({ where: { id: subject.articleId ?? '', workspaceId }, select: articleColumns });
      if (!article) return null;
      if (type === 'article.created') return { article: webhookArticle(article, origin) };
      const version = await db.articleVersion.findFirst({
        where: { id: subject.versionId ?? '', articleId: article.id },
        select: { id: true, number: true, importedAt: true, contentHash: true },
      });
      return version ? { article: webhookArticle(article, origin), version: { ...version, importedAt: version.importedAt.toISOString() } } : null;
    }
    case 'share_link.revoked': {
      const link = await db.shareLink.findFirst({
        where: { id: subject.shareLinkId ?? '', workspaceId },
        select: { id: true, kind: true, articleId: true, claimId: true, revokedAt: true },
      });
      return link ? { shareLink: { ...link, revokedAt: link.revokedAt?.toISOString() ?? null } } : null;
    }
  }
}

async function claimData(workspaceId: string, type: WebhookEventType, claimId: string, origin: string): Promise<WebhookEventData | null> {
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId, deletedAt: null },
    select: {
      id: true, articleId: true, exact: true, statement: true, claimant: true, status: true, explanation: true,
      publishedAt: true, correctedAt: true,
      rating: { select: { key: true, label: true, value: true } },
      article: { select: articleColumns },
    },
  });
  if (!claim) return null;
  const published = claim.status === 'published';
  const now = new Date();
  const [claimReview, liveLinks, correction] = await Promise.all([
    published && claim.rating ? claimReviewOf(workspaceId, claim.articleId, claim.id, origin) : null,
    published
      ? db.shareLink.count({
          where: {
            workspaceId, articleId: claim.articleId, revokedAt: null,
            OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
            AND: [{ OR: [{ kind: 'article' }, { claimId: claim.id }] }],
          },
        })
      : 0,
    type === 'claim.corrected'
      ? db.claimEvent.findFirst({ where: { claimId, workspaceId, kind: 'corrected' }, orderBy: { at: 'desc' }, select: { at: true, reason: true } })
      : null,
  ]);
  const { article, ...row } = claim;
  return claimEventData(row, article, origin, { claimReview, publiclyShared: liveLinks > 0, correction });
}

/** The verdict's ClaimReview, rendered by the one renderer the public page and exports use. */
async function claimReviewOf(workspaceId: string, articleId: string, claimId: string, origin: string): Promise<ClaimReviewJsonLd | null> {
  const [ratings, articleRow, workspace] = await Promise.all([
    db.rating.findMany({ where: { workspaceId }, orderBy: { position: 'asc' }, select: { key: true, label: true, description: true, value: true } }),
    db.article.findFirst({ where: { id: articleId, workspaceId }, select: articleSelect }),
    db.workspace.findUnique({ where: { id: workspaceId }, select: { name: true, organizationUrl: true } }),
  ]);
  const article = articleRow ? toArticleDto(articleRow) : null;
  if (!article || !workspace) return null;
  // The same rows and shape as the public page's (read-shared-rows.ts): published, with a verdict.
  const rows = await db.claim.findMany({
    where: { id: claimId, workspaceId, deletedAt: null, status: 'published', ratingId: { not: null } },
    select: publicClaimSelect,
  });
  const claims = toLoadedClaims(rows, ratings);
  const [review] = renderClaimReviews(
    {
      generatedAt: new Date().toISOString(),
      workspace,
      article: reportArticle(article),
      ratingScale: ratings,
      options: { onlyPublished: true, includeInternal: false },
      claims: claims.map((c) => c.report),
    },
    { siteUrl: origin },
  );
  return review ?? null;
}
