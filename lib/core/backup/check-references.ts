import type { BackupContent } from '@/lib/validations/backup';
import { scaleEndsProblems } from './scale-ends';

/**
 * Everything inside the archive that points at something else must find it inside the archive:
 * a restore writes ids exactly as they are related here, and a dangling one would fail in the
 * database halfway through. Returns the problems, path → messages (empty when all is well).
 */
export function checkReferences(content: BackupContent): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const report = (path: string, message: string) => (problems[path] ??= []).push(message);

  const unique = (table: string, values: readonly string[], what: string) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (seen.has(value)) report(`${table}[${index}]`, `Duplicate ${what} “${value}”`);
      seen.add(value);
    });
    return seen;
  };

  const emails = unique('users', content.users.map((user) => user.email.toLowerCase()), 'email');
  unique('ratings', content.ratings.map((rating) => rating.key), 'rating key');
  const ratingKeys = new Set(content.ratings.map((rating) => rating.key));
  const articles = unique('articles', content.articles.map((row) => row.id), 'id');
  unique('articleVersions', content.articleVersions.map((row) => row.id), 'id');
  const claims = unique('claims', content.claims.map((row) => row.id), 'id');
  unique('evidence', content.evidence.map((row) => row.id), 'id');
  unique('claimEvents', content.claimEvents.map((row) => row.id), 'id');
  unique('comments', content.comments.map((row) => row.id), 'id');
  unique('shareLinks', content.shareLinks.map((row) => row.id), 'id');
  unique('shareLinks', content.shareLinks.map((row) => row.tokenHash), 'token hash');
  unique('claimLinks', content.claimLinks.map((row) => row.id), 'id');
  unique('claimLinks', content.claimLinks.map((row) => `${row.fromClaimId} → ${row.toClaimId}`), 'link');
  unique('suggestionDismissals', content.suggestionDismissals.map((row) => row.id), 'id');
  unique('suggestionDismissals', content.suggestionDismissals.map((row) => `${row.articleVersionId} ${row.start}-${row.end}`), 'dismissal');
  unique('referenceReviews', content.referenceReviews.map((row) => row.id), 'id');
  unique('referenceReviews', content.referenceReviews.map((row) => `${row.url} ${row.claimReviewed}`), 'review (link and claim)');

  const person = (path: string, email: string | null) => {
    if (email !== null && !emails.has(email.toLowerCase())) report(path, `“${email}” is not among the archive's users`);
  };

  const versionArticle = new Map<string, string>();
  const numbers = new Set<string>();
  content.articleVersions.forEach((row, index) => {
    versionArticle.set(row.id, row.articleId);
    if (!articles.has(row.articleId)) report(`articleVersions[${index}].articleId`, `Article “${row.articleId}” is not in the archive`);
    const number = `${row.articleId}#${row.number}`;
    if (numbers.has(number)) report(`articleVersions[${index}].number`, `Version ${row.number} appears twice`);
    numbers.add(number);
    person(`articleVersions[${index}].importedBy`, row.importedBy);
  });
  content.articles.forEach((row, index) => {
    person(`articles[${index}].createdBy`, row.createdBy);
    person(`articles[${index}].deletedBy`, row.deletedBy);
  });

  const claimArticle = new Map<string, string>();
  content.claims.forEach((row, index) => {
    const path = `claims[${index}]`;
    claimArticle.set(row.id, row.articleId);
    if (!articles.has(row.articleId)) report(`${path}.articleId`, `Article “${row.articleId}” is not in the archive`);
    const owner = versionArticle.get(row.articleVersionId);
    if (owner === undefined) report(`${path}.articleVersionId`, `Version “${row.articleVersionId}” is not in the archive`);
    else if (owner !== row.articleId) report(`${path}.articleVersionId`, `Version “${row.articleVersionId}” belongs to another article`);
    if (row.end < row.start) report(`${path}.end`, 'Ends before it starts');
    if (row.ratingKey !== null && !ratingKeys.has(row.ratingKey)) {
      report(`${path}.ratingKey`, `“${row.ratingKey}” is not in the archive's rating scale`);
    }
    for (const field of ['createdBy', 'assignee', 'proposedBy', 'approvedBy'] as const) person(`${path}.${field}`, row[field]);
  });

  const claimOf = (table: string, rows: readonly { claimId: string }[]) =>
    rows.forEach((row, index) => {
      if (!claims.has(row.claimId)) report(`${table}[${index}].claimId`, `Claim “${row.claimId}” is not in the archive`);
    });
  claimOf('evidence', content.evidence);
  claimOf('claimEvents', content.claimEvents);
  claimOf('comments', content.comments);
  content.evidence.forEach((row, index) => person(`evidence[${index}].createdBy`, row.createdBy));
  content.claimEvents.forEach((row, index) => person(`claimEvents[${index}].actor`, row.actor));
  content.comments.forEach((row, index) => {
    person(`comments[${index}].author`, row.author);
    row.mentions.forEach((email, at) => person(`comments[${index}].mentions[${at}]`, email));
  });

  content.shareLinks.forEach((row, index) => {
    const path = `shareLinks[${index}]`;
    if (!articles.has(row.articleId)) report(`${path}.articleId`, `Article “${row.articleId}” is not in the archive`);
    if (row.kind === 'claim' && row.claimId === null) report(`${path}.claimId`, 'A claim link names no claim');
    if (row.claimId !== null) {
      const article = claimArticle.get(row.claimId);
      if (article === undefined) report(`${path}.claimId`, `Claim “${row.claimId}” is not in the archive`);
      else if (article !== row.articleId) report(`${path}.claimId`, `Claim “${row.claimId}” belongs to another article`);
    }
    person(`${path}.createdBy`, row.createdBy);
    person(`${path}.revokedBy`, row.revokedBy);
  });

  content.claimLinks.forEach((row, index) => {
    const path = `claimLinks[${index}]`;
    for (const field of ['fromClaimId', 'toClaimId'] as const) {
      if (!claims.has(row[field])) report(`${path}.${field}`, `Claim “${row[field]}” is not in the archive`);
    }
    if (row.fromClaimId === row.toClaimId) report(`${path}.toClaimId`, 'A claim is linked to itself');
    person(`${path}.createdBy`, row.createdBy);
  });
  content.suggestionDismissals.forEach((row, index) => {
    const path = `suggestionDismissals[${index}]`;
    if (!versionArticle.has(row.articleVersionId)) report(`${path}.articleVersionId`, `Version “${row.articleVersionId}” is not in the archive`);
    if (row.end < row.start) report(`${path}.end`, 'Ends before it starts');
    person(`${path}.dismissedBy`, row.dismissedBy);
  });
  content.referenceReviews.forEach((row, index) => person(`referenceReviews[${index}].importedBy`, row.importedBy));

  // ─── Article history and re-anchoring (decision 042) ───
  // A saved position or an orphan's note is about a version of the claim's own article.
  const versionOfClaim = (path: string, claimId: string, articleVersionId: string) => {
    const article = claimArticle.get(claimId);
    if (article === undefined) report(`${path}.claimId`, `Claim “${claimId}” is not in the archive`);
    const owner = versionArticle.get(articleVersionId);
    if (owner === undefined) report(`${path}.articleVersionId`, `Version “${articleVersionId}” is not in the archive`);
    else if (article !== undefined && owner !== article) report(`${path}.articleVersionId`, `Version “${articleVersionId}” belongs to another article`);
  };
  unique('claimPositions', content.claimPositions.map((row) => `${row.claimId} on ${row.articleVersionId}`), 'position');
  content.claimPositions.forEach((row, index) => {
    versionOfClaim(`claimPositions[${index}]`, row.claimId, row.articleVersionId);
    if (row.end < row.start) report(`claimPositions[${index}].end`, 'Ends before it starts');
  });
  unique('articleEvents', content.articleEvents.map((row) => row.id), 'id');
  content.articleEvents.forEach((row, index) => {
    if (!articles.has(row.articleId)) report(`articleEvents[${index}].articleId`, `Article “${row.articleId}” is not in the archive`);
    person(`articleEvents[${index}].actor`, row.actor);
  });
  unique('claimOrphanNotes', content.claimOrphanNotes.map((row) => row.claimId), 'claim');
  content.claimOrphanNotes.forEach((row, index) => {
    versionOfClaim(`claimOrphanNotes[${index}]`, row.claimId, row.articleVersionId);
    if (row.candidateStart !== null && row.candidateEnd !== null && row.candidateEnd < row.candidateStart) report(`claimOrphanNotes[${index}].candidateEnd`, 'Ends before it starts');
  });
  // ─── end of article history ───

  const evidence = new Set(content.evidence.map((row) => row.id));
  const snapshots = unique('evidenceSnapshots', content.evidenceSnapshots.map((row) => row.id), 'id');
  unique('evidenceSnapshots', content.evidenceSnapshots.map((row) => row.contentHash), 'content hash');
  unique('evidenceArchives', content.evidenceArchives.map((row) => row.evidenceId), 'evidence id');
  content.evidenceArchives.forEach((row, index) => {
    const path = `evidenceArchives[${index}]`;
    if (!evidence.has(row.evidenceId)) report(`${path}.evidenceId`, `Evidence “${row.evidenceId}” is not in the archive`);
    if (row.snapshotId !== null && !snapshots.has(row.snapshotId)) report(`${path}.snapshotId`, `Snapshot “${row.snapshotId}” is not in the archive`);
    if (row.passageStart !== null && row.passageEnd !== null && row.passageEnd < row.passageStart) report(`${path}.passageEnd`, 'Ends before it starts');
  });
  claimOf('correctionRequests', content.correctionRequests);
  content.correctionRequests.forEach((row, index) => person(`correctionRequests[${index}].createdBy`, row.createdBy));
  // The scale's history names verdicts by key, deleted ones too: only its people are checked.
  content.ratingChanges.forEach((row, index) => person(`ratingChanges[${index}].actor`, row.actor));
  for (const [path, messages] of Object.entries(scaleEndsProblems(content))) messages.forEach((message) => report(path, message));
  const requests = new Set(content.correctionRequests.map((row) => row.id));
  content.correctionRequestEvents.forEach((row, index) => {
    if (!requests.has(row.requestId)) report(`correctionRequestEvents[${index}].requestId`, `Correction request “${row.requestId}” is not in the archive`);
    person(`correctionRequestEvents[${index}].actor`, row.actor);
  });
  return problems;
}
