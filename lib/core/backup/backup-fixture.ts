import type { BackupContent } from '@/lib/validations/backup';

const at = '2026-11-20T10:00:00.000Z';

/** A small workspace in archive form: one article, two versions, a claim with everything around it. */
export function sampleContent(): BackupContent {
  return {
    workspace: { name: 'Desk', organizationUrl: 'https://example.org', allowSelfApproval: false, archiveScreenshots: true, archiveWayback: false, ratingWorst: 1, ratingBest: 5 },
    publicPages: { enabled: true, slug: 'desk', methodologyMarkdown: 'We check **claims**.' },
    users: [
      { email: 'ana@example.test', name: 'Ana', role: 'admin' },
      { email: 'bo@example.test', name: 'Bo', role: null },
    ],
    ratings: [
      { key: 'true', label: 'True', description: 'Accurate.', value: 5, position: 0, color: null, retiredAt: null },
      { key: 'false', label: 'False', description: 'Wrong.', value: 1, position: 1, color: '#b91c1c', retiredAt: null },
    ],
    ratingChanges: [
      { ratingKey: 'false', action: 'updated', changes: { color: { from: null, to: '#b91c1c' } }, actor: 'ana@example.test', actorName: 'Ana', at },
      { ratingKey: '', action: 'rescaled', changes: { best: { from: 4, to: 5 } }, actor: null, actorName: 'Former admin', at },
    ],
    articles: [
      {
        id: 'a1', title: 'Story', sourceUrl: null, canonicalUrl: null, author: null, outlet: null, publishedAt: null,
        language: 'en', direction: 'ltr', createdBy: 'ana@example.test', createdAt: at, updatedAt: at, deletedAt: null, deletedBy: null,
      },
    ],
    articleVersions: [
      {
        id: 'v1', articleId: 'a1', number: 1, text: 'The sky is green.', blocks: [{ type: 'p', start: 0, end: 17 }],
        contentHash: 'a'.repeat(64), source: 'paste', importedAt: at, importedBy: 'ana@example.test',
        fetchedAt: null, httpStatus: null, rawHtml: null, claimsMoved: null, claimsOrphaned: null,
      },
      {
        id: 'v2', articleId: 'a1', number: 2, text: 'The sky is blue.', blocks: [], contentHash: 'b'.repeat(64), source: 'url',
        importedAt: at, importedBy: null, fetchedAt: at, httpStatus: 200, rawHtml: 'H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==',
        claimsMoved: 1, claimsOrphaned: 1,
      },
    ],
    claims: [
      {
        id: 'c1', articleId: 'a1', articleVersionId: 'v1', start: 0, end: 16, exact: 'The sky is green', prefix: '',
        suffix: '.', anchorState: 'anchored', anchorMethod: 'created', statement: 'Sky colour', claimant: 'Someone',
        status: 'published', ratingKey: 'false', explanation: 'It is blue.', version: 4, createdBy: 'ana@example.test',
        assignee: 'bo@example.test', proposedBy: 'bo@example.test', approvedBy: 'ana@example.test', approvedAt: at,
        publishedAt: at, createdAt: at, updatedAt: at, deletedAt: null, correctedAt: null,
        publishedRating: { label: 'False', value: 1, worst: 1, best: 5 },
      },
      {
        id: 'c2', articleId: 'a1', articleVersionId: 'v2', start: 0, end: 15, exact: 'The sky is blue', prefix: '',
        suffix: '.', anchorState: 'anchored', anchorMethod: 'created', statement: 'Sky colour again', claimant: '',
        status: 'to_check', ratingKey: null, explanation: '', version: 1, createdBy: 'bo@example.test',
        assignee: null, proposedBy: null, approvedBy: null, approvedAt: null,
        publishedAt: null, createdAt: at, updatedAt: at, deletedAt: null, correctedAt: null, publishedRating: null,
      },
    ],
    evidence: [
      {
        id: 'e1', claimId: 'c1', url: 'https://example.org/sky', title: 'Sky', publisher: 'Met', passage: 'Blue.',
        stance: 'refutes', accessedAt: null, internalNote: 'Ask the met office', createdBy: 'bo@example.test', createdAt: at, updatedAt: at,
      },
    ],
    claimEvents: [
      { id: 'h1', claimId: 'c1', actor: 'ana@example.test', actorName: 'Ana', at, kind: 'created', field: null, fromValue: null, toValue: null, reason: null },
    ],
    comments: [
      { id: 'm1', claimId: 'c1', author: 'bo@example.test', authorName: 'Bo', body: '@Ana look', mentions: ['ana@example.test'], createdAt: at, updatedAt: at, deletedAt: null },
    ],
    shareLinks: [
      {
        id: 's1', kind: 'claim', articleId: 'a1', claimId: 'c1', tokenHash: 'f'.repeat(64), createdBy: 'ana@example.test',
        createdAt: at, expiresAt: null, revokedAt: null, revokedBy: null,
      },
    ],
    claimLinks: [{ id: 'l1', fromClaimId: 'c2', toClaimId: 'c1', createdBy: 'bo@example.test', createdAt: at }],
    suggestionDismissals: [{ id: 'd1', articleVersionId: 'v2', start: 0, end: 16, dismissedBy: 'ana@example.test', createdAt: at }],
    referenceReviews: [
      {
        id: 'r1', url: 'https://checks.example/sky', publisher: 'Partner Checks', claimReviewed: 'The sky is green.', ratingName: 'False',
        ratingValue: '1', reviewedAt: at, author: 'Partner Checks', claimant: 'A blogger', appearanceUrl: null, importedBy: 'ana@example.test', createdAt: at,
      },
    ],
    // c2 moved from version 1 to 2; c1 was orphaned there, its best candidate rejected.
    claimPositions: [{ claimId: 'c2', articleVersionId: 'v1', start: 0, end: 16, exact: 'The sky is green', createdAt: at }],
    articleEvents: [
      { id: 'ae1', articleId: 'a1', actor: 'ana@example.test', kind: 'metadata_changed', field: 'title', fromValue: 'Stroy', toValue: 'Story', at },
      { id: 'ae2', articleId: 'a1', actor: null, kind: 'version_added', field: null, fromValue: null, toValue: '2', at },
    ],
    claimOrphanNotes: [
      { claimId: 'c1', articleVersionId: 'v2', reason: 'low_score', detail: 'The closest words differ too much.', candidateStart: 0, candidateEnd: 15, candidateScore: 0.61, createdAt: at },
    ],
    evidenceSnapshots: [
      {
        id: 'n1', contentHash: 'a'.repeat(64), rawBody: 'H4sIAAAAAAAAA8tIzcnJBwCGphA2BQAAAA==', text: 'hello', blocks: [{ type: 'p', start: 0, end: 5 }],
        httpStatus: 200, finalUrl: 'https://stats.example/sky', contentType: 'text/html', charset: 'utf-8', byteSize: 5, fetchedAt: at, createdAt: at,
        screenshotState: 'taken', screenshotError: null, screenshot: 'iVBORw0KGgo=',
      },
    ],
    evidenceArchives: [
      {
        evidenceId: 'e1', url: 'https://stats.example/sky', state: 'archived', errorCode: null, error: null, snapshotId: 'n1', archivedAt: at,
        passageState: 'found', passageStart: 0, passageEnd: 5, passagePrefix: '', passageSuffix: '', checkState: null, checkDetail: null, checkedAt: null,
        waybackState: 'saved', waybackUrl: 'https://web.archive.org/web/20261120100000/https://stats.example/sky', waybackError: null, waybackAt: at,
      },
    ],
    correctionRequests: [
      {
        id: 'q1', claimId: 'c1', recipientKind: 'publisher', recipientName: 'Sky News', channel: 'email', sentAt: at, request: 'Please correct the colour.',
        internalNote: 'Editor on leave', response: '', respondedAt: null, outcome: 'pending', correctionUrl: null, flaggedAt: null, flagReason: null,
        flagVersion: null, version: 1, createdBy: 'ana@example.test', createdAt: at, updatedAt: at,
      },
    ],
    correctionRequestEvents: [
      { id: 'qe1', requestId: 'q1', actor: 'ana@example.test', actorName: 'Ana', at, kind: 'created', field: null, fromValue: null, toValue: null },
    ],
  };
}
