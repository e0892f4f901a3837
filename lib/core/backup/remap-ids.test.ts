import { describe, expect, it } from 'vitest';
import { remapIds } from './remap-ids';
import { checkReferences } from './check-references';
import { sampleContent } from './backup-fixture';

describe('remapping the ids of an archive', () => {
  it('gives every row a new id and keeps every reference pointing at the same row', () => {
    let next = 0;
    const original = sampleContent();
    const remapped = remapIds(original, () => `n${++next}`);
    expect(checkReferences(remapped)).toEqual({});
    const oldIds = new Set([original.articles, original.claims, original.evidence].flat().map((row) => row.id));
    for (const row of [remapped.articles, remapped.claims, remapped.evidence].flat()) expect(oldIds.has(row.id)).toBe(false);
    const claim = remapped.claims[0]!;
    expect(claim.articleId).toBe(remapped.articles[0]!.id);
    expect(claim.articleVersionId).toBe(remapped.articleVersions[0]!.id);
    expect(remapped.evidence[0]!.claimId).toBe(claim.id);
    expect(remapped.comments[0]!.claimId).toBe(claim.id);
    expect(remapped.shareLinks[0]).toMatchObject({ claimId: claim.id, articleId: remapped.articles[0]!.id, tokenHash: 'f'.repeat(64) });
    expect(remapped.claimLinks[0]).toMatchObject({ fromClaimId: remapped.claims[1]!.id, toClaimId: claim.id });
    expect(remapped.suggestionDismissals[0]!.articleVersionId).toBe(remapped.articleVersions[1]!.id);
    expect(remapped.referenceReviews[0]!.id).not.toBe('r1');
    expect(remapped.referenceReviews[0]).toMatchObject({ url: 'https://checks.example/sky', publisher: 'Partner Checks' });
    expect(remapped.evidenceSnapshots[0]!.id).not.toBe('n1');
    expect(remapped.claimPositions[0]).toMatchObject({ claimId: remapped.claims[1]!.id, articleVersionId: remapped.articleVersions[0]!.id, start: 0, end: 16 });
    expect(remapped.articleEvents.map((row) => row.articleId)).toEqual([remapped.articles[0]!.id, remapped.articles[0]!.id]);
    expect(remapped.articleEvents[0]!.id).not.toBe('ae1');
    expect(remapped.claimOrphanNotes[0]).toMatchObject({ claimId: claim.id, articleVersionId: remapped.articleVersions[1]!.id, reason: 'low_score' });
    expect(remapped.evidenceArchives[0]).toMatchObject({ evidenceId: remapped.evidence[0]!.id, snapshotId: remapped.evidenceSnapshots[0]!.id, state: 'archived' });
  });

  it('changes nothing but ids', () => {
    const original = sampleContent();
    const remapped = remapIds(original, () => 'x');
    expect(remapped.claims[0]).toEqual({ ...original.claims[0], id: 'x', articleId: 'x', articleVersionId: 'x' });
    expect(remapped.users).toEqual(original.users);
  });
});
