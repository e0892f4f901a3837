// Story: an admin adapts the desk's rating scale (decision 040): relabels and revalues verdicts,
// adds one, retires one the desk no longer uses. A broken scale is refused and nothing changes;
// every change is recorded; verdicts already published keep what they were published with.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SimilarClaimsDto } from '@/lib/validations/similar';
import type { ClaimDto } from '@/lib/validations/claim';
import type { RatingChangeDto, RatingDto, RatingScaleDto, ScaleRatingDto } from '@/lib/validations/rating';
import type { AnnotationImportResult } from '@/lib/validations/annotation-import';
import { createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';
import { markClaim, publishClaim, SHARE_TEXT, shareArticleWithClaims } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';

let admin: Member;
let editor: Member;
let articleId: string;

const scale = async () => (await admin.api.get<RatingScaleDto>('/api/v1/ratings')).body;
const ratingByKey = async (key: string) => (await scale()).ratings.find((r) => r.key === key) as ScaleRatingDto;
const claimReviews = async () =>
  (await admin.api.get<{ claimReviewed: string; reviewRating: Record<string, unknown> }[]>(`/api/v1/articles/${articleId}/export?format=claimreview`)).body;

beforeAll(async () => {
  admin = await createMember('scale-admin');
  editor = await createTeammate(admin, 'editor');
  await setSelfApproval(admin.user.workspace, true);
  articleId = (await shareArticleWithClaims(admin.api, 'Scale story')).id;
});

describe('editing the rating scale', () => {
  it('is for admins only: an editor reads 403 and changes nothing', async () => {
    expect((await editor.api.get('/api/v1/ratings')).status).toBe(403);
    const mixed = await ratingByKey('mixed');
    expect((await editor.api.patch(`/api/v1/ratings/${mixed.id}`, { label: 'Half true' })).status).toBe(403);
    expect((await ratingByKey('mixed')).label).toBe('Mixed');
  });

  it('refuses a value off the scale, a truer verdict below a less true one, a duplicate label or a light colour, and changes nothing', async () => {
    const before = await scale();
    const mixed = before.ratings.find((r) => r.key === 'mixed')!;
    const refusals: [Record<string, unknown>, string][] = [
      [{ value: 9 }, 'value'],
      [{ value: 5 }, 'value'],
      [{ position: 0 }, 'position'],
      [{ label: 'true' }, 'label'],
      [{ color: '#fde047' }, 'color'],
      [{ color: 'yellow' }, 'color'],
      [{ label: '' }, 'label'],
    ];
    for (const [change, field] of refusals) {
      const response = await admin.api.patch<{ error: { fields: Record<string, string[]> } }>(`/api/v1/ratings/${mixed.id}`, change);
      expect(response.status, JSON.stringify(change)).toBe(422);
      expect(Object.keys(response.body.error.fields), JSON.stringify(change)).toContain(field);
    }
    expect(await scale()).toEqual(before);
    expect((await admin.api.get<{ changes: RatingChangeDto[] }>('/api/v1/ratings/history')).body.changes).toEqual([]);
  });

  it('records who changed what and when', async () => {
    const mixed = await ratingByKey('mixed');
    const response = await admin.api.patch<ScaleRatingDto>(`/api/v1/ratings/${mixed.id}`, { label: 'Half true', color: '#92400e' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ label: 'Half true', color: '#92400e', value: 3 });
    const [change] = (await admin.api.get<{ changes: RatingChangeDto[] }>('/api/v1/ratings/history')).body.changes;
    expect(change).toMatchObject({
      ratingKey: 'mixed',
      action: 'updated',
      actor: admin.user.name,
      changes: { label: { from: 'Mixed', to: 'Half true' }, color: { from: null, to: '#92400e' } },
    });
    expect(Date.now() - Date.parse(change!.at)).toBeLessThan(60_000);
  });

  it('adds a verdict in its place on the scale, and deletes it while nobody used it', async () => {
    // Widen nothing: 4 is taken by Mostly true, so the new one is off the scale.
    const added = await admin.api.post<ScaleRatingDto>('/api/v1/ratings', { label: 'Satire', description: 'Not meant as fact.', value: null });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ key: 'satire', usedBy: 0, retired: false });
    const keys = (await scale()).ratings.map((r) => r.key);
    expect(keys.at(-1)).toBe('satire');
    expect((await admin.api.delete(`/api/v1/ratings/${added.body.id}`)).status).toBe(204);
    expect((await scale()).ratings.map((r) => r.key)).not.toContain('satire');
    const actions = (await admin.api.get<{ changes: RatingChangeDto[] }>('/api/v1/ratings/history')).body.changes.map((c) => [c.ratingKey, c.action]);
    expect(actions.slice(0, 2)).toEqual([['satire', 'deleted'], ['satire', 'created']]);
  });

  it('retires a verdict in use: no longer offered, still shown on its claims, never deleted (409)', async () => {
    const claim = await markClaim(admin.api, articleId, 'the ferry had never been late', { verdict: 'unproven' });
    const unproven = await ratingByKey('unproven');
    expect(unproven.usedBy).toBe(1);
    expect((await admin.api.delete(`/api/v1/ratings/${unproven.id}`)).status).toBe(409);

    const retired = await admin.api.patch<ScaleRatingDto>(`/api/v1/ratings/${unproven.id}`, { retired: true });
    expect(retired.body).toMatchObject({ retired: true, usedBy: 1 });
    // The claim keeps and shows it.
    expect((await admin.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body.verdict).toMatchObject({ key: 'unproven', label: 'Unproven' });
    // Members' scale marks it retired (the verdict picker offers it only to the claim that has it).
    const members = (await editor.api.get<{ ratings: RatingDto[] }>('/api/v1/rating-scale')).body.ratings;
    expect(members.find((r) => r.key === 'unproven')).toMatchObject({ retired: true });
    expect((await admin.api.delete(`/api/v1/ratings/${unproven.id}`)).status).toBe(409);
    // Not given to another claim through the API either.
    const other = await markClaim(admin.api, articleId, 'the union disputes');
    expect((await admin.api.patch(`/api/v1/claims/${other.id}`, { version: other.version, verdict: 'unproven' })).status).toBe(422);
    // Offered again on request.
    expect((await admin.api.patch<ScaleRatingDto>(`/api/v1/ratings/${unproven.id}`, { retired: false })).body.retired).toBe(false);
  });
});

describe('a published verdict after the scale changes', () => {
  it('keeps its ClaimReview label and value when the scale is relabelled and revalued', async () => {
    const claim = await publishClaim(admin.api, articleId, 'the toll will be scrapped next spring', { verdict: 'mostly_false' });
    expect(claim.publishedVerdict).toEqual({ label: 'Mostly false', value: 2, worst: 1, best: 5 });
    const before = (await claimReviews()).find((r) => r.claimReviewed.includes('toll'))!;
    expect(before.reviewRating).toMatchObject({ alternateName: 'Mostly false', ratingValue: 2, bestRating: 5, worstRating: 1 });

    const mostlyFalse = await ratingByKey('mostly_false');
    const falseRating = await ratingByKey('false');
    // Relabel, and make room at 1 by moving False out of the numbers: the scale stays valid.
    expect((await admin.api.patch(`/api/v1/ratings/${falseRating.id}`, { value: null })).status).toBe(200);
    expect((await admin.api.patch(`/api/v1/ratings/${mostlyFalse.id}`, { label: 'Largely wrong', value: 1 })).status).toBe(200);

    const after = (await claimReviews()).find((r) => r.claimReviewed.includes('toll'))!;
    expect(after.reviewRating).toEqual(before.reviewRating);
    // The desk sees the live scale; the published snapshot is what went out.
    const current = (await admin.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body;
    expect(current.verdict).toMatchObject({ label: 'Largely wrong', value: 1 });
    expect(current.publishedVerdict).toEqual({ label: 'Mostly false', value: 2, worst: 1, best: 5 });
  });

  it('takes the new wording when the verdict itself is corrected after the edit', async () => {
    const claim = (await admin.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`)).body.claims.find((c) => c.exact.includes('toll'))!;
    const corrected = await admin.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, {
      version: claim.version,
      verdict: 'mostly_true',
      correctionReason: 'The council confirmed the plan.',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.publishedVerdict).toEqual({ label: 'Mostly true', value: 4, worst: 1, best: 5 });
    const review = (await claimReviews()).find((r) => r.claimReviewed.includes('toll'))!;
    expect(review.reviewRating).toMatchObject({ alternateName: 'Mostly true', ratingValue: 4 });
  });
});

describe('a retired verdict is given to no new claim, by any path', () => {
  let ferry: ClaimDto;
  let copyId: string;

  beforeAll(async () => {
    ferry = (await admin.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`)).body.claims.find((c) => c.exact.includes('ferry'))!;
    expect(ferry.verdict?.key).toBe('unproven');
    const unproven = await ratingByKey('unproven');
    expect((await admin.api.patch(`/api/v1/ratings/${unproven.id}`, { retired: true })).status).toBe(200);
    copyId = (await createArticle(admin.api, { title: 'Scale story (copy)', text: SHARE_TEXT })).id;
  });

  it('annotation import keeps the retired label in the explanation, not as the verdict', async () => {
    const exported = await admin.api.get<string>(`/api/v1/articles/${articleId}/export?format=annotations&scope=all`);
    expect(exported.status).toBe(200);
    const imported = await admin.api.post<AnnotationImportResult>(`/api/v1/articles/${copyId}/annotations`, JSON.parse(exported.text));
    expect(imported.status, imported.text).toBe(201);
    expect(imported.body.created.find((c) => c.quote.includes('ferry'))).toMatchObject({ verdict: null });
    const claims = (await admin.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${copyId}/claims`)).body.claims;
    const landed = claims.find((c) => c.exact.includes('ferry'))!;
    expect(landed.verdict).toBeNull();
    expect(landed.explanation).toMatch(/^Unproven/);
    // Offered verdicts still come across.
    expect(claims.find((c) => c.exact.includes('toll'))?.verdict).toMatchObject({ key: 'mostly_true' });
    // The claim that had it keeps it.
    expect((await admin.api.get<ClaimDto>(`/api/v1/claims/${ferry.id}`)).body.verdict).toMatchObject({ key: 'unproven' });
  });

  it('copying a linked verdict refuses a retired one and changes nothing', async () => {
    const later = await markClaim(admin.api, copyId, 'the harbour bridge carried 40,000 cars');
    expect((await admin.api.post(`/api/v1/claims/${later.id}/links`, { claimId: ferry.id })).status).toBe(200);
    const response = await admin.api.post<{ error: ApiError }>(`/api/v1/claims/${later.id}/copy-verdict`, { fromClaimId: ferry.id, version: later.version });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toMatch(/“Unproven” is retired/);
    expect(response.body.error.fields).toEqual({ fromClaimId: ['Its verdict is retired'] });
    expect((await admin.api.get<ClaimDto>(`/api/v1/claims/${later.id}`)).body).toMatchObject({ verdict: null, status: 'to_check', version: later.version, evidence: [] });
  });

  it('“already checked?” says when a match’s verdict is retired, so the page does not offer to copy it', async () => {
    const claims = (await admin.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${copyId}/claims`)).body.claims;
    const matchOf = async (exact: string, earlierId: string) => {
      const landed = claims.find((c) => c.exact.includes(exact))!;
      const similar = await admin.api.get<SimilarClaimsDto>(`/api/v1/claims/${landed.id}/similar`);
      return similar.body.matches.find((m) => m.id === earlierId);
    };
    expect(await matchOf('ferry', ferry.id)).toMatchObject({ verdict: 'Unproven', verdictRetired: true });
    const toll = (await admin.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`)).body.claims.find((c) => c.exact.includes('toll'))!;
    expect(await matchOf('toll', toll.id)).toMatchObject({ verdictRetired: false });
  });

  it('a PATCH refuses it too, while the claim that carries it may keep it', async () => {
    const other = await markClaim(admin.api, copyId, 'which the union disputes');
    expect((await admin.api.patch(`/api/v1/claims/${other.id}`, { version: other.version, verdict: 'unproven' })).status).toBe(422);
    const current = (await admin.api.get<ClaimDto>(`/api/v1/claims/${ferry.id}`)).body;
    const kept = await admin.api.patch<ClaimDto>(`/api/v1/claims/${ferry.id}`, { version: current.version, verdict: 'unproven', explanation: 'Still unproven.' });
    expect(kept.status, kept.text).toBe(200);
  });
});

describe("moving the scale's ends", () => {
  const bounds = async () => {
    const { worst, best } = await scale();
    return { worst, best };
  };
  const history = async () => (await admin.api.get<{ changes: RatingChangeDto[] }>('/api/v1/ratings/history')).body.changes;

  it('is for admins only', async () => {
    expect((await editor.api.patch('/api/v1/ratings', { best: 10 })).status).toBe(403);
    expect(await bounds()).toEqual({ worst: 1, best: 5 });
  });

  it('refuses ends in the wrong order, and ends that would leave verdicts outside, naming them; nothing changes', async () => {
    await publishClaim(admin.api, articleId, 'the harbour bridge carried 40,000 cars', { verdict: 'true' });
    const before = await scale();
    const changesBefore = await history();
    const wrongOrder = await admin.api.patch<{ error: ApiError }>('/api/v1/ratings', { worst: 3, best: 2 });
    expect(wrongOrder.status).toBe(422);
    expect(Object.keys(wrongOrder.body.error.fields ?? {})).toEqual(['best']);

    const tooNarrow = await admin.api.patch<{ error: ApiError }>('/api/v1/ratings', { best: 4 });
    expect(tooNarrow.status).toBe(422);
    expect(tooNarrow.body.error.message).toMatch(/“True” \(5, on 1 claim\) would fall above the scale 1\.\.4/);
    expect(tooNarrow.body.error.fields?.best?.[0]).toMatch(/“True”/);

    // Largely wrong (mostly_false) sits at 1 after the relabel above.
    const tooHigh = await admin.api.patch<{ error: ApiError }>('/api/v1/ratings', { worst: 2 });
    expect(tooHigh.status).toBe(422);
    expect(tooHigh.body.error.message).toMatch(/“Largely wrong” \(1\) would fall below the scale 2\.\.5/);

    expect((await admin.api.patch('/api/v1/ratings', { best: 1.5 })).status).toBe(422);
    expect(await scale()).toEqual(before);
    expect(await history()).toEqual(changesBefore);
  });

  it('records the change; published verdicts keep their ends, the next publication takes the new ones', async () => {
    const reviewOf = async (words: string) => (await claimReviews()).find((r) => r.claimReviewed.includes(words))!.reviewRating;
    const bridgeBefore = await reviewOf('harbour bridge');
    expect(bridgeBefore).toMatchObject({ ratingValue: 5, bestRating: 5, worstRating: 1 });

    const response = await admin.api.patch<RatingScaleDto>('/api/v1/ratings', { worst: 0, best: 10 });
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({ worst: 0, best: 10 });
    expect(response.body.ratings.length).toBeGreaterThan(0);
    expect((await history())[0]).toMatchObject({ ratingKey: '', action: 'rescaled', actor: admin.user.name, changes: { worst: { from: 1, to: 0 }, best: { from: 5, to: 10 } } });

    // A value the old ends refused is now on the scale.
    const truth = await ratingByKey('true');
    expect((await admin.api.patch(`/api/v1/ratings/${truth.id}`, { value: 9 })).status).toBe(200);

    // What was published keeps its ends and value.
    expect(await reviewOf('harbour bridge')).toEqual(bridgeBefore);
    expect(await reviewOf('toll')).toMatchObject({ ratingValue: 4, bestRating: 5, worstRating: 1 });
    // A newly published verdict goes out with the new ends.
    const fresh = await publishClaim(admin.api, articleId, 'the union disputes', { verdict: 'true' });
    expect(fresh.publishedVerdict).toEqual({ label: 'True', value: 9, worst: 0, best: 10 });
    expect(await reviewOf('union disputes')).toMatchObject({ ratingValue: 9, bestRating: 10, worstRating: 0 });
  });
});
