import type { BackupContent } from '@/lib/validations/backup';

/** Every id the archive carries, for asking the database which are taken. */
export function archiveIds(content: BackupContent) {
  return {
    articles: content.articles.map((row) => row.id),
    articleVersions: content.articleVersions.map((row) => row.id),
    claims: content.claims.map((row) => row.id),
    evidence: content.evidence.map((row) => row.id),
    claimEvents: content.claimEvents.map((row) => row.id),
    comments: content.comments.map((row) => row.id),
    shareLinks: content.shareLinks.map((row) => row.id),
    claimLinks: content.claimLinks.map((row) => row.id),
    suggestionDismissals: content.suggestionDismissals.map((row) => row.id),
    referenceReviews: content.referenceReviews.map((row) => row.id),
    // Positions and orphan notes have no id of their own: they are keyed by their claim.
    articleEvents: content.articleEvents.map((row) => row.id),
    evidenceSnapshots: content.evidenceSnapshots.map((row) => row.id),
    correctionRequests: content.correctionRequests.map((row) => row.id),
    correctionRequestEvents: content.correctionRequestEvents.map((row) => row.id),
  };
}

/**
 * The same content with every id replaced by a fresh one, consistently: a claim's articleId
 * becomes its article's new id, and so on. Used when the archive's ids are taken on this
 * instance (a restore next to the original): all ids change, never some, so that a reader of the
 * restored workspace never meets a mix of old and new.
 */
export function remapIds(content: BackupContent, newId: () => string): BackupContent {
  const map = new Map<string, string>();
  const to = (id: string) => {
    let next = map.get(id);
    if (next === undefined) {
      next = newId();
      map.set(id, next);
    }
    return next;
  };
  // Ids are unique across tables in practice (cuids), but a hand-made archive could reuse one
  // in two tables: a map per table keeps those apart.
  const scoped = (table: string) => (id: string) => to(`${table}:${id}`);
  const article = scoped('article');
  const version = scoped('version');
  const claim = scoped('claim');
  return {
    ...content,
    articles: content.articles.map((row) => ({ ...row, id: article(row.id) })),
    articleVersions: content.articleVersions.map((row) => ({ ...row, id: version(row.id), articleId: article(row.articleId) })),
    claims: content.claims.map((row) => ({
      ...row,
      id: claim(row.id),
      articleId: article(row.articleId),
      articleVersionId: version(row.articleVersionId),
    })),
    evidence: content.evidence.map((row) => ({ ...row, id: scoped('evidence')(row.id), claimId: claim(row.claimId) })),
    claimEvents: content.claimEvents.map((row) => ({ ...row, id: scoped('event')(row.id), claimId: claim(row.claimId) })),
    comments: content.comments.map((row) => ({ ...row, id: scoped('comment')(row.id), claimId: claim(row.claimId) })),
    shareLinks: content.shareLinks.map((row) => ({
      ...row,
      id: scoped('share')(row.id),
      articleId: article(row.articleId),
      claimId: row.claimId === null ? null : claim(row.claimId),
    })),
    claimLinks: content.claimLinks.map((row) => ({
      ...row,
      id: scoped('link')(row.id),
      fromClaimId: claim(row.fromClaimId),
      toClaimId: claim(row.toClaimId),
    })),
    suggestionDismissals: content.suggestionDismissals.map((row) => ({ ...row, id: scoped('dismissal')(row.id), articleVersionId: version(row.articleVersionId) })),
    referenceReviews: content.referenceReviews.map((row) => ({ ...row, id: scoped('reference')(row.id) })),
    // Article history and re-anchoring (decision 042).
    claimPositions: content.claimPositions.map((row) => ({ ...row, claimId: claim(row.claimId), articleVersionId: version(row.articleVersionId) })),
    articleEvents: content.articleEvents.map((row) => ({ ...row, id: scoped('articleEvent')(row.id), articleId: article(row.articleId) })),
    claimOrphanNotes: content.claimOrphanNotes.map((row) => ({ ...row, claimId: claim(row.claimId), articleVersionId: version(row.articleVersionId) })),
    evidenceSnapshots: content.evidenceSnapshots.map((row) => ({ ...row, id: scoped('snapshot')(row.id) })),
    evidenceArchives: content.evidenceArchives.map((row) => ({
      ...row,
      evidenceId: scoped('evidence')(row.evidenceId),
      snapshotId: row.snapshotId === null ? null : scoped('snapshot')(row.snapshotId),
    })),
    correctionRequests: content.correctionRequests.map((row) => ({ ...row, id: scoped('correction')(row.id), claimId: claim(row.claimId) })),
    correctionRequestEvents: content.correctionRequestEvents.map((row) => ({
      ...row,
      id: scoped('correctionEvent')(row.id),
      requestId: scoped('correction')(row.requestId),
    })),
  };
}
