// Story: a checker marks a claim the desk has checked before. "Already checked?" lists the
// earlier claim with its verdict and why they match (never a loosely related one, never another
// workspace's); the checker links them as "same claim as" (both timelines say so) and copies the
// earlier verdict and evidence as a proposal, which still waits for an editor's review.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { LinkedClaimDto, SimilarClaimsDto } from '@/lib/validations/similar';
import { createArticle, createMember, createTeammate, type ApiError, type Member } from './support/api';
import { markClaim, publishClaim } from './support/similar-fixtures';

const EARLIER = 'The Pentagon says about 2,000 US troops are deployed in Syria. The minister said unemployment fell to 4 percent last year.';
const LATER =
  'About 2,000 American troops are in Syria, according to the Pentagon. ' +
  'About 5,000 American troops are in Syria, according to the Pentagon. ' +
  'Unemployment fell to 4 percent last year, the minister said.';

let owner: Member;
let checker: Member;
let editor: Member;
let outsider: Member;
let earlierTroops: ClaimDto;
let earlierJobs: ClaimDto;
let laterArticleId: string;

const similar = async (member: Member, claimId: string) => member.api.get<SimilarClaimsDto & { error: ApiError }>(`/api/v1/claims/${claimId}/similar`);
const history = async (claimId: string) => (await owner.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${claimId}/history`)).body.events;

beforeAll(async () => {
  owner = await createMember('checked-owner');
  [checker, editor] = await Promise.all([createTeammate(owner, 'checker'), createTeammate(owner, 'editor')]);
  outsider = await createMember('checked-outsider');
  const earlier = await createArticle(owner.api, { title: 'Troops and jobs', text: EARLIER });
  earlierTroops = await publishClaim(checker.api, editor.api, earlier.id, 'The Pentagon says about 2,000 US troops are deployed in Syria.');
  earlierJobs = await publishClaim(checker.api, editor.api, earlier.id, 'The minister said unemployment fell to 4 percent last year.', 'mostly_false');
  // A published claim's sources are an editor's to change (decision 009).
  const evidence = await editor.api.post(`/api/v1/claims/${earlierJobs.id}/evidence`, { url: 'https://stats.example/jobs', stance: 'refutes', title: 'Labour survey' });
  expect(evidence.status).toBe(201);
  laterArticleId = (await createArticle(owner.api, { title: 'Syria again', text: LATER })).id;
  // The same sentence in another workspace must never show.
  const foreign = await createArticle(outsider.api, { title: 'Elsewhere', text: EARLIER });
  await markClaim(outsider.api, foreign.id, 'The Pentagon says about 2,000 US troops are deployed in Syria.');
});

describe('already checked?', () => {
  it('shows the earlier claim with its verdict, status, article and why they match', async () => {
    const claim = await markClaim(checker.api, laterArticleId, 'About 2,000 American troops are in Syria, according to the Pentagon.');
    const response = await similar(checker, claim.id);
    expect(response.status).toBe(200);
    expect(response.body.threshold).toBe(0.5);
    expect(response.body.matches).toHaveLength(1);
    expect(response.body.matches[0]).toMatchObject({
      source: 'desk', id: earlierTroops.id, verdict: 'False', status: 'published', articleTitle: 'Troops and jobs',
      date: expect.any(String), linked: false,
    });
    expect(response.body.matches[0]?.score).toBeGreaterThanOrEqual(0.5);
    expect(response.body.matches[0]?.explanation).toMatch(/2,000/);
    expect(response.body.matches[0]?.explanation).toMatch(/numbers agree/);
  });

  it('does not show a loosely related claim (other numbers) as a match', async () => {
    const claim = await markClaim(checker.api, laterArticleId, 'About 5,000 American troops are in Syria, according to the Pentagon.');
    expect((await similar(checker, claim.id)).body.matches).toEqual([]);
  });

  it('follows an edited statement', async () => {
    const claim = await markClaim(checker.api, laterArticleId, 'Unemployment fell to 4 percent last year, the minister said.', 'Something else entirely about cheese.');
    expect((await similar(checker, claim.id)).body.matches).toEqual([]);
    const edited = await checker.api.patch(`/api/v1/claims/${claim.id}`, { version: claim.version, statement: 'Unemployment fell to 4 percent last year.' });
    expect(edited.status).toBe(200);
    expect((await similar(checker, claim.id)).body.matches.map((m) => m.id)).toEqual([earlierJobs.id]);
  });

  it('is not found for another workspace\'s claim', async () => {
    expect((await similar(outsider, earlierTroops.id)).status).toBe(404);
  });
});

describe('same claim as', () => {
  let later: ClaimDto;

  beforeAll(async () => {
    const claims = (await checker.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${laterArticleId}/claims`)).body.claims;
    later = claims.find((c) => c.exact.startsWith('Unemployment'))!;
  });

  it('links both ways and says so in both timelines', async () => {
    const response = await checker.api.post<{ links: LinkedClaimDto[] }>(`/api/v1/claims/${later.id}/links`, { claimId: earlierJobs.id });
    expect(response.status).toBe(200);
    expect(response.body.links).toEqual([expect.objectContaining({ id: earlierJobs.id, verdict: 'Mostly false', status: 'published' })]);
    const back = await checker.api.get<{ links: LinkedClaimDto[] }>(`/api/v1/claims/${earlierJobs.id}/links`);
    expect(back.body.links.map((l) => l.id)).toEqual([later.id]);
    for (const id of [later.id, earlierJobs.id]) {
      expect((await history(id)).filter((e) => e.kind === 'linked')).toEqual([expect.objectContaining({ field: 'same_claim_as', actor: checker.user.name })]);
    }
    expect((await similar(checker, later.id)).body.matches[0]).toMatchObject({ id: earlierJobs.id, linked: true });
    // Linking again, from the other side, adds nothing.
    await checker.api.post(`/api/v1/claims/${earlierJobs.id}/links`, { claimId: later.id });
    expect((await history(later.id)).filter((e) => e.kind === 'linked')).toHaveLength(1);
  });

  it('refuses a claim of another workspace and changes nothing', async () => {
    const foreign = await markClaim(outsider.api, (await createArticle(outsider.api, { title: 'x', text: EARLIER })).id, 'The minister said unemployment fell to 4 percent last year.');
    const response = await checker.api.post<{ error: ApiError }>(`/api/v1/claims/${later.id}/links`, { claimId: foreign.id });
    expect(response.status).toBe(422);
    expect((await checker.api.get<{ links: LinkedClaimDto[] }>(`/api/v1/claims/${later.id}/links`)).body.links).toHaveLength(1);
  });

  it('copies the earlier verdict and evidence as a proposal that still needs review', async () => {
    const current = (await checker.api.get<ClaimDto>(`/api/v1/claims/${later.id}`)).body;
    const response = await checker.api.post<ClaimDto>(`/api/v1/claims/${later.id}/copy-verdict`, { fromClaimId: earlierJobs.id, version: current.version });
    expect(response.status, response.text).toBe(200);
    expect(response.body).toMatchObject({
      status: 'needs_review',
      verdict: expect.objectContaining({ key: 'mostly_false' }),
      explanation: 'Official figures say otherwise.',
      proposedBy: { id: expect.any(String), name: checker.user.name },
      approvedBy: null,
    });
    expect(response.body.evidence).toEqual([expect.objectContaining({ url: 'https://stats.example/jobs', stance: 'refutes' })]);
    // The gate still applies: the checker who proposed it cannot approve it.
    expect((await checker.api.post(`/api/v1/claims/${later.id}/approve`, { version: response.body.version })).status).toBe(403);
  });

  it('copies only from a linked claim', async () => {
    const claim = await markClaim(checker.api, laterArticleId, 'About 5,000 American troops are in Syria', 'x');
    const response = await checker.api.post<{ error: ApiError }>(`/api/v1/claims/${claim.id}/copy-verdict`, { fromClaimId: earlierTroops.id, version: claim.version });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toMatch(/Link the two claims/);
    expect((await checker.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body).toMatchObject({ status: 'to_check', version: claim.version });
  });
});
