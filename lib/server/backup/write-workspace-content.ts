import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { Prisma } from '@/lib/server/db/client';
import type { BackupContent } from '@/lib/validations/backup';
import { searchKey } from '@/lib/core/suggestions';
import { writeEvidenceArchiveContent } from '@/lib/server/evidence-archive/evidence-archive-backup';
import { writeArticleHistoryContent } from '@/lib/server/articles/article-history-backup';

type Tx = Prisma.TransactionClient;

const date = (iso: string) => new Date(iso);
const dateOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));

/**
 * Archive users → this instance's user ids, by email. Someone without an account here maps to
 * nothing: their references become null and their name survives where the row keeps one
 * (history's actorName). See docs/decisions/012-workspace-backup.md.
 */
export async function resolveUsers(tx: Tx, content: BackupContent): Promise<Map<string, string>> {
  const emails = content.users.map((user) => user.email);
  const found = await tx.user.findMany({
    where: { email: { in: emails, mode: 'insensitive' } },
    select: { id: true, email: true },
  });
  return new Map(found.map((user) => [user.email.toLowerCase(), user.id]));
}

/**
 * Share-link hashes are unique on an instance. Restored next to the original (same instance),
 * the original keeps its links; the copy's links keep their state but get a hash nobody holds
 * the token for. On another instance nothing collides and every link keeps working.
 */
async function freeTokenHashes(tx: Tx, content: BackupContent): Promise<Map<string, string>> {
  const hashes = content.shareLinks.map((row) => row.tokenHash);
  if (hashes.length === 0) return new Map();
  const taken = await tx.shareLink.findMany({ where: { tokenHash: { in: hashes } }, select: { tokenHash: true } });
  return new Map(taken.map(({ tokenHash }) => [tokenHash, createHash('sha256').update(randomBytes(32)).digest('hex')]));
}

/** Writes every row of the archive into the workspace. Runs inside the restore's transaction. */
export async function writeWorkspaceContent(tx: Tx, workspaceId: string, content: BackupContent, users: Map<string, string>) {
  const user = (email: string | null) => (email === null ? null : (users.get(email.toLowerCase()) ?? null));
  const workspace = { workspaceId };

  await tx.rating.deleteMany({ where: workspace });
  await tx.rating.createMany({ data: content.ratings.map(({ retiredAt, ...rating }) => ({ ...rating, ...workspace, retiredAt: dateOrNull(retiredAt) })) });
  const ratings = await tx.rating.findMany({ where: workspace, select: { id: true, key: true } });
  const ratingId = new Map(ratings.map((rating) => [rating.key, rating.id]));
  // The history of the scale the restore replaced goes with it: the archive's is the one true here.
  await tx.ratingChange.deleteMany({ where: workspace });
  await tx.ratingChange.createMany({
    data: content.ratingChanges.map(({ actor, at, changes, ratingKey, ...row }) => ({
      ...row,
      ...workspace,
      ratingKey,
      // A deleted verdict's history, and a change of the whole scale, name no rating.
      ratingId: ratingId.get(ratingKey) ?? null,
      changes: changes as Prisma.InputJsonValue,
      actorId: user(actor),
      at: date(at),
    })),
  });

  await tx.article.createMany({
    data: content.articles.map(({ createdBy, deletedBy, publishedAt, createdAt, updatedAt, deletedAt, ...row }) => ({
      ...row,
      ...workspace,
      createdById: user(createdBy),
      deletedById: user(deletedBy),
      publishedAt: dateOrNull(publishedAt),
      createdAt: date(createdAt),
      updatedAt: date(updatedAt),
      deletedAt: dateOrNull(deletedAt),
    })),
  });
  await tx.articleVersion.createMany({
    data: content.articleVersions.map(({ importedBy, importedAt, fetchedAt, rawHtml, blocks, ...row }) => ({
      ...row,
      blocks: blocks as Prisma.InputJsonValue,
      importedById: user(importedBy),
      importedAt: date(importedAt),
      fetchedAt: dateOrNull(fetchedAt),
      rawHtml: rawHtml === null ? null : new Uint8Array(Buffer.from(rawHtml, 'base64')),
    })),
  });
  await tx.claim.createMany({
    data: content.claims.map(({ ratingKey, createdBy, assignee, proposedBy, approvedBy, publishedRating, ...row }) => ({
      ...row,
      publishedRating: publishedRating ?? Prisma.DbNull,
      ...workspace,
      similarityKey: searchKey(row.statement || row.exact),
      ratingId: ratingKey === null ? null : (ratingId.get(ratingKey) ?? null),
      createdById: user(createdBy),
      assigneeId: user(assignee),
      proposedById: user(proposedBy),
      approvedById: user(approvedBy),
      approvedAt: dateOrNull(row.approvedAt),
      publishedAt: dateOrNull(row.publishedAt),
      createdAt: date(row.createdAt),
      updatedAt: date(row.updatedAt),
      deletedAt: dateOrNull(row.deletedAt),
      correctedAt: dateOrNull(row.correctedAt),
    })),
  });
  await writeArticleHistoryContent(tx, workspaceId, content, user);
  await tx.evidence.createMany({
    data: content.evidence.map(({ createdBy, accessedAt, createdAt, updatedAt, ...row }) => ({
      ...row,
      ...workspace,
      createdById: user(createdBy),
      accessedAt: dateOrNull(accessedAt),
      createdAt: date(createdAt),
      updatedAt: date(updatedAt),
    })),
  });
  await tx.claimEvent.createMany({
    data: content.claimEvents.map(({ actor, at, ...row }) => ({ ...row, ...workspace, actorId: user(actor), at: date(at) })),
  });
  // Archives from before comments kept their author's name: take it from the archive's people.
  const archiveName = new Map(content.users.map((person) => [person.email.toLowerCase(), person.name]));
  await tx.comment.createMany({
    data: content.comments.map(({ author, authorName, mentions, createdAt, updatedAt, deletedAt, ...row }) => ({
      ...row,
      ...workspace,
      authorId: user(author),
      authorName: authorName || (author ? (archiveName.get(author.toLowerCase()) ?? '') : ''),
      mentions: mentions.map(user).filter((id): id is string => id !== null),
      createdAt: date(createdAt),
      updatedAt: date(updatedAt),
      deletedAt: dateOrNull(deletedAt),
    })),
  });
  const replacedHash = await freeTokenHashes(tx, content);
  await tx.shareLink.createMany({
    data: content.shareLinks.map(({ createdBy, revokedBy, createdAt, expiresAt, revokedAt, tokenHash, ...row }) => ({
      ...row,
      ...workspace,
      tokenHash: replacedHash.get(tokenHash) ?? tokenHash,
      createdById: user(createdBy),
      revokedById: user(revokedBy),
      createdAt: date(createdAt),
      expiresAt: dateOrNull(expiresAt),
      revokedAt: dateOrNull(revokedAt),
    })),
  });
  await tx.claimLink.createMany({
    data: content.claimLinks.map(({ createdBy, createdAt, ...row }) => ({ ...row, ...workspace, createdById: user(createdBy), createdAt: date(createdAt) })),
  });
  await tx.suggestionDismissal.createMany({
    data: content.suggestionDismissals.map(({ dismissedBy, createdAt, ...row }) => ({ ...row, ...workspace, dismissedById: user(dismissedBy), createdAt: date(createdAt) })),
  });
  await tx.referenceReview.createMany({
    data: content.referenceReviews.map(({ importedBy, reviewedAt, createdAt, ...row }) => ({
      ...row,
      ...workspace,
      similarityKey: searchKey(row.claimReviewed),
      importedById: user(importedBy),
      reviewedAt: dateOrNull(reviewedAt),
      createdAt: date(createdAt),
    })),
  });
  await writeEvidenceArchiveContent(tx, workspaceId, content);
  await tx.correctionRequest.createMany({
    data: content.correctionRequests.map(({ createdBy, sentAt, respondedAt, flaggedAt, createdAt, updatedAt, ...row }) => ({
      ...row,
      ...workspace,
      createdById: user(createdBy),
      sentAt: date(sentAt),
      respondedAt: dateOrNull(respondedAt),
      flaggedAt: dateOrNull(flaggedAt),
      createdAt: date(createdAt),
      updatedAt: date(updatedAt),
    })),
  });
  await tx.correctionRequestEvent.createMany({
    data: content.correctionRequestEvents.map(({ actor, at, ...row }) => ({ ...row, ...workspace, actorId: user(actor), at: date(at) })),
  });
}
