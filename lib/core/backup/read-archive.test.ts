import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildArchive, encodeArchive } from './write-archive';
import { readArchive } from './read-archive';
import { BackupArchiveError } from './archive-error';
import { sampleContent } from './backup-fixture';
import { contentChecksum } from './archive-checksum';
import { restoredScaleEnds } from './scale-ends';
import type { BackupContent } from '@/lib/validations/backup';

const meta = { appVersion: '0.1.0', createdAt: new Date('2026-11-25T08:00:00Z') };

function failure(bytes: Uint8Array): BackupArchiveError {
  try {
    readArchive(bytes);
  } catch (error) {
    if (error instanceof BackupArchiveError) return error;
    throw error;
  }
  throw new Error('The archive was accepted');
}

/** An archive whose manifest was recomputed after a change: only the deeper checks can catch it. */
function resealed(change: (content: BackupContent) => void): Buffer {
  const content = sampleContent();
  change(content);
  return encodeArchive(buildArchive(content, meta));
}

describe('reading a backup archive', () => {
  it('gives back exactly what was written, from gzip or from plain JSON', () => {
    const archive = buildArchive(sampleContent(), meta);
    expect(readArchive(encodeArchive(archive))).toEqual(archive);
    expect(readArchive(Buffer.from(JSON.stringify(archive)))).toEqual(archive);
  });

  it('refuses bytes that are not an archive as unreadable', () => {
    expect(failure(Buffer.from('')).kind).toBe('unreadable');
    expect(failure(Buffer.from('PK\u0003\u0004 a zip file')).message).toMatch(/not valid JSON/);
    const truncated = encodeArchive(buildArchive(sampleContent(), meta));
    expect(failure(truncated.subarray(0, truncated.length - 20)).message).toMatch(/not a complete gzip file/);
  });

  it('refuses other JSON, other formats and future versions', () => {
    expect(failure(gzipSync('{"hello":1}')).message).toBe('This file is not a Factdesk workspace backup.');
    const future = { ...buildArchive(sampleContent(), meta), formatVersion: 2 };
    expect(failure(gzipSync(JSON.stringify(future))).message).toMatch(/header is not valid \(formatVersion/);
  });

  it('refuses JSON nested too deeply to check, without crashing', () => {
    const archive = buildArchive(sampleContent(), meta);
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = JSON.stringify({ ...archive, content: 'DEEP' }).replace('"DEEP"', deep);
    expect(failure(Buffer.from(text)).kind).toBe('invalid');
  });

  it('detects a changed or partial archive by its checksum', () => {
    const archive = buildArchive(sampleContent(), meta);
    archive.content.claims[0]!.explanation = 'Edited by hand';
    expect(failure(gzipSync(JSON.stringify(archive))).message).toMatch(/does not match its checksum/);
    const partial = buildArchive(sampleContent(), meta);
    partial.content.evidence = [];
    expect(failure(gzipSync(JSON.stringify(partial))).kind).toBe('invalid');
  });

  it('detects rows missing against the manifest counts even with a matching checksum', () => {
    const archive = buildArchive(sampleContent(), meta);
    archive.manifest.counts.comments = 3;
    expect(failure(gzipSync(JSON.stringify(archive))).message).toMatch(/partial: comments has 1 rows, the manifest says 3/);
  });

  it('names the invalid field', () => {
    const error = failure(resealed((content) => void (content.claims[0]!.status = 'approved' as 'published')));
    expect(error.kind).toBe('invalid');
    expect(Object.keys(error.fields ?? {})).toContain('content.claims.0.status');
    expect(failure(resealed((content) => void (content.evidence[0]!.passage = 'a\u0000b'))).message).toMatch(/NUL/);
  });

  it('names broken references', () => {
    expect(failure(resealed((content) => void (content.claims[0]!.articleVersionId = 'v9'))).message).toMatch(
      /claims\[0\]\.articleVersionId: Version “v9” is not in the archive/,
    );
    expect(failure(resealed((content) => void (content.claims[0]!.ratingKey = 'pants-on-fire'))).message).toMatch(
      /“pants-on-fire” is not in the archive's rating scale/,
    );
    expect(failure(resealed((content) => void (content.evidence[0]!.claimId = 'c9'))).message).toMatch(/Claim “c9”/);
    expect(failure(resealed((content) => void (content.comments[0]!.mentions = ['eve@example.test']))).message).toMatch(
      /“eve@example.test” is not among the archive's users/,
    );
    expect(failure(resealed((content) => content.articleVersions.push({ ...content.articleVersions[0]!, id: 'v3' }))).message).toMatch(
      /Version 1 appears twice/,
    );
    expect(failure(resealed((content) => void (content.claimLinks[0]!.toClaimId = 'c9'))).message).toMatch(/claimLinks\[0\]\.toClaimId: Claim “c9”/);
    expect(failure(resealed((content) => void (content.suggestionDismissals[0]!.articleVersionId = 'v9'))).message).toMatch(/Version “v9”/);
    expect(failure(resealed((content) => content.referenceReviews.push({ ...content.referenceReviews[0]!, id: 'r2' }))).message).toMatch(
      /Duplicate review/,
    );
    expect(failure(resealed((content) => void (content.evidenceArchives[0]!.evidenceId = 'e9'))).message).toMatch(/evidenceArchives\[0\]\.evidenceId: Evidence “e9”/);
    expect(failure(resealed((content) => void (content.evidenceArchives[0]!.snapshotId = 'n9'))).message).toMatch(/Snapshot “n9”/);
  });

  it('reads an archive written before claim links, dismissals and reference reviews were kept, as having none', () => {
    const { claimLinks: _l, suggestionDismissals: _d, referenceReviews: _r, ...older } = sampleContent();
    const archive = buildArchive(sampleContent(), meta);
    const { claimLinks: _cl, suggestionDismissals: _cd, referenceReviews: _cr, ...olderCounts } = archive.manifest.counts;
    const bytes = gzipSync(JSON.stringify({ ...archive, manifest: { counts: olderCounts, sha256: contentChecksum(older) }, content: older }));
    const read = readArchive(bytes);
    expect(read.content).toMatchObject({ claimLinks: [], suggestionDismissals: [], referenceReviews: [] });
    expect(read.manifest.counts).toMatchObject({ claimLinks: 0, suggestionDismissals: 0, referenceReviews: 0, claims: 2 });
  });
});

describe('archived evidence in a backup (decision 038)', () => {
  it('reads an archive written before snapshots were kept as having none', () => {
    const { evidenceSnapshots: _s, evidenceArchives: _a, ...older } = sampleContent();
    const archive = buildArchive(sampleContent(), meta);
    const { evidenceSnapshots: _cs, evidenceArchives: _ca, ...olderCounts } = archive.manifest.counts;
    const bytes = gzipSync(JSON.stringify({ ...archive, manifest: { counts: olderCounts, sha256: contentChecksum(older) }, content: older }));
    const read = readArchive(bytes);
    expect(read.content).toMatchObject({ evidenceSnapshots: [], evidenceArchives: [] });
    expect(read.manifest.counts).toMatchObject({ evidenceSnapshots: 0, evidenceArchives: 0, evidence: 1 });
  });

  it('reads snapshots and archive rows written before screenshots and the Wayback Machine as having neither', () => {
    const older = sampleContent() as unknown as { workspace: Record<string, unknown>; evidenceSnapshots: Record<string, unknown>[]; evidenceArchives: Record<string, unknown>[] };
    for (const key of ['screenshotState', 'screenshotError', 'screenshot']) delete older.evidenceSnapshots[0]![key];
    for (const key of ['waybackState', 'waybackUrl', 'waybackError', 'waybackAt']) delete older.evidenceArchives[0]![key];
    delete older.workspace.archiveScreenshots;
    delete older.workspace.archiveWayback;
    const archive = buildArchive(sampleContent(), meta);
    const bytes = gzipSync(JSON.stringify({ ...archive, manifest: { ...archive.manifest, sha256: contentChecksum(older as never) }, content: older }));
    const read = readArchive(bytes);
    expect(read.content.workspace).toMatchObject({ archiveScreenshots: false, archiveWayback: false });
    expect(read.content.evidenceSnapshots[0]).toMatchObject({ screenshotState: null, screenshotError: null, screenshot: null });
    expect(read.content.evidenceArchives[0]).toMatchObject({ waybackState: null, waybackUrl: null, waybackError: null, waybackAt: null });
  });

  it('carries a screenshot and a Wayback Machine link through', () => {
    const read = readArchive(gzipSync(JSON.stringify(buildArchive(sampleContent(), meta))));
    expect(read.content.evidenceSnapshots[0]).toMatchObject({ screenshotState: 'taken', screenshot: 'iVBORw0KGgo=' });
    expect(read.content.evidenceArchives[0]).toMatchObject({ waybackState: 'saved', waybackUrl: 'https://web.archive.org/web/20261120100000/https://stats.example/sky' });
  });
});

describe('the rating scale and public pages in a backup (decision 040)', () => {
  it('carries the scale history, its ends and the public pages through', () => {
    const read = readArchive(encodeArchive(buildArchive(sampleContent(), meta)));
    expect(read.content.workspace).toMatchObject({ ratingWorst: 1, ratingBest: 5 });
    expect(read.content.publicPages).toEqual({ enabled: true, slug: 'desk', methodologyMarkdown: 'We check **claims**.' });
    expect(read.content.ratingChanges.map((c) => c.action)).toEqual(['updated', 'rescaled']);
    expect(read.manifest.counts.ratingChanges).toBe(2);
  });

  it('reads an archive written before them with the defaults: no history, pages off, ends from the verdicts', () => {
    const { ratingChanges: _h, publicPages: _p, ...older } = sampleContent() as BackupContent;
    const workspace = { ...older.workspace } as Record<string, unknown>;
    delete workspace.ratingWorst;
    delete workspace.ratingBest;
    const olderContent = { ...older, workspace, ratings: older.ratings.map((r) => (r.key === 'true' ? { ...r, value: 10 } : r)) };
    const archive = buildArchive(sampleContent(), meta);
    const { ratingChanges: _c, ...olderCounts } = archive.manifest.counts;
    const bytes = gzipSync(JSON.stringify({ ...archive, manifest: { counts: olderCounts, sha256: contentChecksum(olderContent) }, content: olderContent }));
    const read = readArchive(bytes);
    expect(read.content).toMatchObject({ ratingChanges: [], publicPages: { enabled: false, slug: null, methodologyMarkdown: '' } });
    expect(read.content.workspace).toMatchObject({ ratingWorst: null, ratingBest: null });
    expect(read.manifest.counts.ratingChanges).toBe(0);
    expect(restoredScaleEnds(read.content)).toEqual({ worst: 1, best: 10 });
  });

  it('refuses ends that leave a verdict outside, or a history naming someone unknown', () => {
    expect(failure(resealed((content) => void (content.workspace.ratingBest = 4))).message).toMatch(/workspace\.ratingBest: “True” \(5\) would fall above the scale 1\.\.4/);
    expect(failure(resealed((content) => void (content.workspace.ratingWorst = null))).message).toMatch(/both ends of the scale, or neither/);
    expect(failure(resealed((content) => void (content.ratingChanges[0]!.actor = 'eve@example.test'))).message).toMatch(/ratingChanges\[0\]\.actor/);
    expect(failure(resealed((content) => void (content.publicPages.slug = 'Not A Slug'))).message).toMatch(/publicPages/);
  });
});

describe('the ends a restored scale gets', () => {
  const ends = (values: (number | null)[], worst: number | null = null, best: number | null = null) =>
    restoredScaleEnds({ workspace: { ...sampleContent().workspace, ratingWorst: worst, ratingBest: best }, ratings: values.map((value, position) => ({ ...sampleContent().ratings[0]!, key: `k${position}`, value, position })) });
  it('are the archive’s own when it has them, else what the verdicts span, else 1..5', () => {
    expect(ends([3, 2], 0, 10)).toEqual({ worst: 0, best: 10 });
    expect(ends([8, 2, null])).toEqual({ worst: 2, best: 8 });
    expect(ends([null])).toEqual({ worst: 1, best: 5 });
    expect(ends([7])).toEqual({ worst: 1, best: 7 });
  });
});

describe('article history and re-anchoring in a backup (decision 042)', () => {
  it('reads an archive written before positions, article events and orphan notes were kept, as having none', () => {
    const older = sampleContent() as unknown as Record<string, unknown> & { articles: Record<string, unknown>[]; articleVersions: Record<string, unknown>[] };
    for (const table of ['claimPositions', 'articleEvents', 'claimOrphanNotes']) delete older[table];
    delete older.articles[0]!.deletedBy;
    for (const version of older.articleVersions) for (const key of ['claimsMoved', 'claimsOrphaned']) delete version[key];
    const archive = buildArchive(sampleContent(), meta);
    const { claimPositions: _p, articleEvents: _e, claimOrphanNotes: _n, ...olderCounts } = archive.manifest.counts;
    const bytes = gzipSync(JSON.stringify({ ...archive, manifest: { counts: olderCounts, sha256: contentChecksum(older) }, content: older }));
    const read = readArchive(bytes);
    expect(read.content).toMatchObject({ claimPositions: [], articleEvents: [], claimOrphanNotes: [] });
    expect(read.content.articles[0]).toMatchObject({ deletedBy: null });
    expect(read.content.articleVersions[1]).toMatchObject({ claimsMoved: null, claimsOrphaned: null });
    expect(read.manifest.counts).toMatchObject({ claimPositions: 0, articleEvents: 0, claimOrphanNotes: 0, claims: 2 });
  });

  it('names broken references: a position or note on a version of another article, an unknown claim, article or person', () => {
    const withOtherArticle = (content: BackupContent) => {
      content.articles.push({ ...content.articles[0]!, id: 'a2' });
      content.articleVersions.push({ ...content.articleVersions[0]!, id: 'v9', articleId: 'a2', contentHash: 'c'.repeat(64) });
    };
    expect(failure(resealed((content) => void (content.claimPositions[0]!.claimId = 'c9'))).message).toMatch(/claimPositions\[0\]\.claimId: Claim “c9”/);
    expect(
      failure(
        resealed((content) => {
          withOtherArticle(content);
          content.claimPositions[0]!.articleVersionId = 'v9';
        }),
      ).message,
    ).toMatch(/claimPositions\[0\]\.articleVersionId: Version “v9” belongs to another article/);
    expect(failure(resealed((content) => content.claimPositions.push({ ...content.claimPositions[0]! }))).message).toMatch(/Duplicate position/);
    expect(failure(resealed((content) => void (content.claimPositions[0]!.end = -1))).fields).toHaveProperty(['content.claimPositions.0.end']);
    expect(failure(resealed((content) => void (content.articleEvents[0]!.articleId = 'a9'))).message).toMatch(/articleEvents\[0\]\.articleId: Article “a9”/);
    expect(failure(resealed((content) => void (content.articleEvents[0]!.actor = 'eve@example.test'))).message).toMatch(/“eve@example.test” is not among/);
    expect(failure(resealed((content) => void (content.articleEvents[0]!.kind = 'renamed' as 'deleted'))).fields).toHaveProperty(['content.articleEvents.0.kind']);
    expect(failure(resealed((content) => void (content.claimOrphanNotes[0]!.articleVersionId = 'v9'))).message).toMatch(/claimOrphanNotes\[0\]\.articleVersionId: Version “v9” is not/);
    expect(failure(resealed((content) => void Object.assign(content.claimOrphanNotes[0]!, { candidateStart: 9, candidateEnd: 4 }))).message).toMatch(/claimOrphanNotes\[0\]\.candidateEnd: Ends before it starts/);
    expect(failure(resealed((content) => void (content.articles[0]!.deletedBy = 'eve@example.test'))).message).toMatch(/articles\[0\]\.deletedBy/);
  });
});
