import 'server-only';
import { publishedRatingOf } from '@/lib/core/rating-scale/published-rating';
import type { Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { BackupContent } from '@/lib/validations/backup';
import { readEvidenceArchiveContent } from '@/lib/server/evidence-archive/evidence-archive-backup';
import { readArticleHistoryContent } from '@/lib/server/articles/article-history-backup';

type Tx = Prisma.TransactionClient;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Every row of one workspace in archive form. Users are named by email (ids mean nothing on
 * another instance); a reference to a user who no longer exists becomes null. Never read:
 * password hashes, sessions, API tokens, invitations.
 */
export async function readWorkspaceContent(tx: Tx, workspaceId: string): Promise<BackupContent> {
  const row = await tx.workspace.findUnique({
    where: { id: workspaceId },
    select: {
      name: true, organizationUrl: true, allowSelfApproval: true, archiveScreenshots: true, archiveWayback: true, ratingWorst: true, ratingBest: true,
      publicPagesEnabled: true, publicSlug: true, methodologyMarkdown: true,
    },
  });
  if (!row) throw new AppError('not_found', 'Workspace not found.');
  const { publicPagesEnabled, publicSlug, methodologyMarkdown, ...workspace } = row;
  const scope = { where: { workspaceId } };
  const [memberships, ratings, articles, versions, claims, evidence, events, comments, shareLinks, claimLinks, dismissals, references] = await Promise.all([
    tx.membership.findMany({ ...scope, select: { userId: true, role: true }, orderBy: { createdAt: 'asc' } }),
    tx.rating.findMany({ ...scope, orderBy: { position: 'asc' } }),
    tx.article.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.articleVersion.findMany({ where: { article: { workspaceId } }, orderBy: [{ importedAt: 'asc' }, { articleId: 'asc' }, { number: 'asc' }] }),
    tx.claim.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.evidence.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.claimEvent.findMany({ ...scope, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    tx.comment.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.shareLink.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.claimLink.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.suggestionDismissal.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.referenceReview.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  ]);

  const [correctionRequests, correctionRequestEvents, ratingChanges] = await Promise.all([
    tx.correctionRequest.findMany({ ...scope, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.correctionRequestEvent.findMany({ ...scope, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    tx.ratingChange.findMany({ ...scope, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
  ]);

  const articleHistory = await readArticleHistoryContent(tx, workspaceId);

  const referenced = new Set<string>(memberships.map((m) => m.userId));
  const add = (id: string | null) => id && referenced.add(id);
  articles.forEach((row) => [row.createdById, row.deletedById].forEach(add));
  articleHistory.userIds.forEach(add);
  versions.forEach((row) => add(row.importedById));
  claims.forEach((row) => [row.createdById, row.assigneeId, row.proposedById, row.approvedById].forEach(add));
  evidence.forEach((row) => add(row.createdById));
  events.forEach((row) => add(row.actorId));
  comments.forEach((row) => [row.authorId, ...row.mentions].forEach(add));
  shareLinks.forEach((row) => [row.createdById, row.revokedById].forEach(add));
  claimLinks.forEach((row) => add(row.createdById));
  dismissals.forEach((row) => add(row.dismissedById));
  references.forEach((row) => add(row.importedById));
  correctionRequests.forEach((row) => add(row.createdById));
  correctionRequestEvents.forEach((row) => add(row.actorId));
  ratingChanges.forEach((row) => add(row.actorId));
  const users = await tx.user.findMany({ where: { id: { in: [...referenced] } }, select: { id: true, email: true, name: true }, orderBy: { email: 'asc' } });
  const emailOf = new Map(users.map((user) => [user.id, user.email]));
  const ref = (id: string | null) => (id ? (emailOf.get(id) ?? null) : null);
  const roleOf = new Map(memberships.map((m) => [m.userId, m.role]));
  const ratingKey = new Map(ratings.map((rating) => [rating.id, rating.key]));

  return {
    workspace,
    publicPages: { enabled: publicPagesEnabled, slug: publicSlug, methodologyMarkdown },
    users: users.map((user) => ({ email: user.email, name: user.name, role: roleOf.get(user.id) ?? null })),
    ratings: ratings.map(({ key, label, description, value, position, color, retiredAt }) => ({ key, label, description, value, position, color, retiredAt: isoOrNull(retiredAt) })),
    ratingChanges: ratingChanges.map((row) => ({
      ratingKey: row.ratingKey,
      action: row.action as BackupContent['ratingChanges'][number]['action'],
      changes: row.changes as BackupContent['ratingChanges'][number]['changes'],
      actor: ref(row.actorId),
      actorName: row.actorName,
      at: iso(row.at),
    })),
    articles: articles.map((row) => ({
      id: row.id,
      title: row.title,
      sourceUrl: row.sourceUrl,
      canonicalUrl: row.canonicalUrl,
      author: row.author,
      outlet: row.outlet,
      publishedAt: isoOrNull(row.publishedAt),
      language: row.language,
      direction: row.direction === 'rtl' ? 'rtl' : 'ltr',
      createdBy: ref(row.createdById),
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
      deletedAt: isoOrNull(row.deletedAt),
      deletedBy: ref(row.deletedById),
    })),
    articleVersions: versions.map((row) => ({
      id: row.id,
      articleId: row.articleId,
      number: row.number,
      text: row.text,
      blocks: Array.isArray(row.blocks) ? row.blocks : [],
      contentHash: row.contentHash,
      source: row.source,
      importedAt: iso(row.importedAt),
      importedBy: ref(row.importedById),
      fetchedAt: isoOrNull(row.fetchedAt),
      httpStatus: row.httpStatus,
      rawHtml: row.rawHtml ? Buffer.from(row.rawHtml).toString('base64') : null,
      claimsMoved: row.claimsMoved,
      claimsOrphaned: row.claimsOrphaned,
    })),
    claims: claims.map((row) => ({
      id: row.id,
      articleId: row.articleId,
      articleVersionId: row.articleVersionId,
      start: row.start,
      end: row.end,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      anchorState: row.anchorState,
      anchorMethod: row.anchorMethod,
      statement: row.statement,
      claimant: row.claimant,
      status: row.status,
      ratingKey: row.ratingId ? (ratingKey.get(row.ratingId) ?? null) : null,
      explanation: row.explanation,
      version: row.version,
      createdBy: ref(row.createdById),
      assignee: ref(row.assigneeId),
      proposedBy: ref(row.proposedById),
      approvedBy: ref(row.approvedById),
      approvedAt: isoOrNull(row.approvedAt),
      publishedAt: isoOrNull(row.publishedAt),
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
      deletedAt: isoOrNull(row.deletedAt),
      correctedAt: isoOrNull(row.correctedAt),
      publishedRating: publishedRatingOf(row.publishedRating),
    })),
    evidence: evidence.map((row) => ({
      id: row.id,
      claimId: row.claimId,
      url: row.url,
      title: row.title,
      publisher: row.publisher,
      passage: row.passage,
      stance: row.stance,
      accessedAt: isoOrNull(row.accessedAt),
      internalNote: row.internalNote,
      createdBy: ref(row.createdById),
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
    })),
    claimEvents: events.map((row) => ({
      id: row.id,
      claimId: row.claimId,
      actor: ref(row.actorId),
      actorName: row.actorName,
      at: iso(row.at),
      kind: row.kind,
      field: row.field,
      fromValue: row.fromValue,
      toValue: row.toValue,
      reason: row.reason,
    })),
    comments: comments.map((row) => ({
      id: row.id,
      claimId: row.claimId,
      author: ref(row.authorId),
      authorName: row.authorName,
      body: row.body,
      mentions: row.mentions.map((id) => emailOf.get(id)).filter((email): email is string => email !== undefined),
      createdAt: iso(row.createdAt),
      updatedAt: iso(row.updatedAt),
      deletedAt: isoOrNull(row.deletedAt),
    })),
    shareLinks: shareLinks.map((row) => ({
      id: row.id,
      kind: row.kind,
      articleId: row.articleId,
      claimId: row.claimId,
      tokenHash: row.tokenHash,
      createdBy: ref(row.createdById),
      createdAt: iso(row.createdAt),
      expiresAt: isoOrNull(row.expiresAt),
      revokedAt: isoOrNull(row.revokedAt),
      revokedBy: ref(row.revokedById),
    })),
    claimLinks: claimLinks.map((row) => ({
      id: row.id,
      fromClaimId: row.fromClaimId,
      toClaimId: row.toClaimId,
      createdBy: ref(row.createdById),
      createdAt: iso(row.createdAt),
    })),
    suggestionDismissals: dismissals.map((row) => ({
      id: row.id,
      articleVersionId: row.articleVersionId,
      start: row.start,
      end: row.end,
      dismissedBy: ref(row.dismissedById),
      createdAt: iso(row.createdAt),
    })),
    // similarityKey is derived (searchKey of claimReviewed): computed again on restore.
    referenceReviews: references.map((row) => ({
      id: row.id,
      url: row.url,
      publisher: row.publisher,
      claimReviewed: row.claimReviewed,
      ratingName: row.ratingName,
      ratingValue: row.ratingValue,
      reviewedAt: isoOrNull(row.reviewedAt),
      author: row.author,
      claimant: row.claimant,
      appearanceUrl: row.appearanceUrl,
      importedBy: ref(row.importedById),
      createdAt: iso(row.createdAt),
    })),
    ...articleHistory.toContent(ref),
    ...(await readEvidenceArchiveContent(tx, workspaceId)),
    correctionRequests: correctionRequests.map(({ workspaceId: _w, createdById, sentAt, respondedAt, flaggedAt, createdAt, updatedAt, ...row }) => ({
      ...row,
      sentAt: iso(sentAt),
      respondedAt: isoOrNull(respondedAt),
      flaggedAt: isoOrNull(flaggedAt),
      createdBy: ref(createdById),
      createdAt: iso(createdAt),
      updatedAt: iso(updatedAt),
    })),
    correctionRequestEvents: correctionRequestEvents.map(({ workspaceId: _w, actorId, at, ...row }) => ({ ...row, actor: ref(actorId), at: iso(at) })),
  };
}
