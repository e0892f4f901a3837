// Story: an editor works a claim through the API: moves its status, sets a verdict and an
// explanation, adds evidence, and never overwrites a teammate's newer change. Every step lands in
// the claim's history; a deleted claim can be brought back.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { EvidenceDto } from '@/lib/validations/evidence';
import { createArticle, createMember, createTeammate, type Api, type ApiError, type Member } from './support/api';

const TEXT =
  'The mayor said the new bridge cost 40 million euros. She added that traffic fell by half. ' +
  'The opposition said the bridge was never needed. Officials said the river would flood every spring.';

let editor: Member;
let articleId: string;

async function markClaim(api: Api, exact: string): Promise<ClaimDto> {
  const response = await api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, {
    selector: { type: 'TextQuoteSelector', exact },
  });
  expect(response.status).toBe(201);
  return response.body;
}

beforeAll(async () => {
  editor = await createMember('workflow');
  articleId = (await createArticle(editor.api, { title: 'The bridge', text: TEXT })).id;
});

describe('updating a claim', () => {
  let claim: ClaimDto;
  beforeAll(async () => {
    claim = await markClaim(editor.api, 'the new bridge cost 40 million euros');
  });

  it('changes status, verdict, explanation, statement and claimant, one version at a time', async () => {
    const steps: Record<string, unknown>[] = [
      { status: 'researching' },
      { verdict: 'mostly_false', explanation: 'The audited cost was 62 million euros.' },
      { statement: 'The bridge cost 40 million euros', claimant: 'The mayor' },
      { status: 'needs_review' },
    ];
    for (const change of steps) {
      const response = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, ...change });
      expect(response.status, JSON.stringify(change)).toBe(200);
      expect(response.body.version).toBe(claim.version + 1);
      claim = response.body;
    }
    expect(claim).toMatchObject({
      status: 'needs_review',
      verdict: { key: 'mostly_false', label: 'Mostly false', value: 2 },
      explanation: 'The audited cost was 62 million euros.',
      statement: 'The bridge cost 40 million euros',
      claimant: 'The mayor',
      version: 5,
    });
    const read = await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`);
    expect(read.body).toEqual(claim);
  });

  it('refuses a change based on a stale version with 409 and the current claim', async () => {
    const stale = claim.version - 1;
    const response = await editor.api.patch<{ error: ApiError & { current: ClaimDto } }>(`/api/v1/claims/${claim.id}`, {
      version: stale,
      status: 'dismissed',
      explanation: 'Overwritten by mistake',
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('conflict');
    expect(response.body.error.current).toEqual(claim);

    const read = await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`);
    expect(read.body.status).toBe('needs_review');
    expect(read.body.version).toBe(claim.version);
  });

  it('refuses a verdict the rating scale does not have with 422', async () => {
    const response = await editor.api.patch<{ error: ApiError }>(`/api/v1/claims/${claim.id}`, {
      version: claim.version,
      verdict: 'pants_on_fire',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('verdict');
  });

  it('publishes a claim with a verdict once a second editor approves it (review gate)', async () => {
    // The editor proposed it (status needs_review above), so someone else must approve it.
    const own = await editor.api.patch<{ error: ApiError }>(`/api/v1/claims/${claim.id}`, { version: claim.version, status: 'published' });
    expect(own.status).toBe(403);
    const reviewer = await createTeammate(editor, 'editor');
    const response = await reviewer.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, status: 'published' });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('published');
    claim = response.body;
  });

  it('refuses to publish a claim without a verdict with 422', async () => {
    const fresh = await markClaim(editor.api, 'traffic fell by half');
    const response = await editor.api.patch<{ error: ApiError }>(`/api/v1/claims/${fresh.id}`, { version: fresh.version, status: 'published' });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('status');
    const read = await editor.api.get<ClaimDto>(`/api/v1/claims/${fresh.id}`);
    expect(read.body).toMatchObject({ status: 'to_check', version: 1 });
  });
});

describe('evidence', () => {
  let claim: ClaimDto;
  let evidence: EvidenceDto;
  beforeAll(async () => {
    claim = await markClaim(editor.api, 'the bridge was never needed');
  });

  it('refuses a javascript: link with 422', async () => {
    const response = await editor.api.post<{ error: ApiError }>(`/api/v1/claims/${claim.id}/evidence`, {
      url: 'javascript:alert(document.cookie)',
      stance: 'refutes',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty('url');
  });

  it('adds a link with 201 and shows it on the claim', async () => {
    const response = await editor.api.post<EvidenceDto>(`/api/v1/claims/${claim.id}/evidence`, {
      url: 'https://transport.example/traffic-study-2024',
      title: 'Traffic study 2024',
      publisher: 'Transport agency',
      passage: 'Crossings grew from 8,000 to 21,000 a day.',
      stance: 'refutes',
      accessedAt: '2025-01-15',
    });
    expect(response.status).toBe(201);
    evidence = response.body;
    expect(evidence).toMatchObject({ claimId: claim.id, stance: 'refutes', title: 'Traffic study 2024', publisher: 'Transport agency' });
    expect(evidence.accessedAt).toBe('2025-01-15T00:00:00.000Z');

    const read = await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`);
    expect(read.body.evidence).toEqual([evidence]);
  });

  it('edits it', async () => {
    const response = await editor.api.patch<EvidenceDto>(`/api/v1/evidence/${evidence.id}`, { stance: 'context', title: 'Traffic study 2024 (final)' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: evidence.id, stance: 'context', title: 'Traffic study 2024 (final)', url: evidence.url });
    const read = await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`);
    expect(read.body.evidence).toEqual([response.body]);
  });

  it('removes it', async () => {
    const response = await editor.api.delete(`/api/v1/evidence/${evidence.id}`);
    expect(response.status).toBe(204);
    const read = await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`);
    expect(read.body.evidence).toEqual([]);
    expect((await editor.api.delete(`/api/v1/evidence/${evidence.id}`)).status).toBe(404);
  });

  it('keeps every change in the history: field, from, to and who', async () => {
    await editor.api.patch(`/api/v1/claims/${claim.id}`, { version: claim.version, status: 'researching', claimant: 'The opposition' });
    const response = await editor.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${claim.id}/history`);
    expect(response.status).toBe(200);
    const events = response.body.events;
    for (const event of events) {
      expect(event.actor).toBe(editor.user.name);
      expect(Date.parse(event.at)).not.toBeNaN();
    }
    const changes = events.map(({ kind, field, from, to }) => ({ kind, field, from, to }));
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'created', field: 'quote', from: null, to: 'the bridge was never needed' },
        { kind: 'evidence_added', field: 'evidence', from: null, to: 'refutes: https://transport.example/traffic-study-2024' },
        {
          kind: 'evidence_updated',
          field: 'evidence',
          from: 'refutes: https://transport.example/traffic-study-2024',
          to: 'context: https://transport.example/traffic-study-2024',
        },
        { kind: 'evidence_removed', field: 'evidence', from: 'context: https://transport.example/traffic-study-2024', to: null },
        { kind: 'updated', field: 'status', from: 'to_check', to: 'researching' },
        { kind: 'updated', field: 'claimant', from: '', to: 'The opposition' },
      ]),
    );
    expect(changes).toHaveLength(6);
    // Newest first.
    expect(changes[changes.length - 1]!.kind).toBe('created');
  });
});

describe('deleting a claim', () => {
  it('hides it from the article until it is restored', async () => {
    const claim = await markClaim(editor.api, 'the river would flood every spring');
    const ids = async () => (await editor.api.get<{ claims: ClaimDto[] }>(`/api/v1/articles/${articleId}/claims`)).body.claims.map((c) => c.id);
    expect(await ids()).toContain(claim.id);

    expect((await editor.api.delete(`/api/v1/claims/${claim.id}?version=${claim.version}`)).status).toBe(204);
    expect(await ids()).not.toContain(claim.id);
    expect((await editor.api.get(`/api/v1/claims/${claim.id}`)).status).toBe(404);

    const restored = await editor.api.post<ClaimDto>(`/api/v1/claims/${claim.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ id: claim.id, exact: claim.exact, version: claim.version + 2 });
    expect(await ids()).toContain(claim.id);

    const history = await editor.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${claim.id}/history`);
    expect(history.body.events.map((e) => e.kind)).toEqual(['restored', 'deleted', 'created']);
  });

  it('refuses a deletion based on a stale version with 409', async () => {
    const claim = await markClaim(editor.api, 'She added that');
    const updated = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: 1, status: 'researching' });
    expect(updated.status).toBe(200);
    const response = await editor.api.delete(`/api/v1/claims/${claim.id}?version=1`);
    expect(response.status).toBe(409);
    expect((await editor.api.get(`/api/v1/claims/${claim.id}`)).status).toBe(200);
  });

  it('leaves the sources of a deleted claim alone (404) and brings them back with it', async () => {
    const claim = await markClaim(editor.api, 'traffic fell by half');
    const source = await editor.api.post<EvidenceDto>(`/api/v1/claims/${claim.id}/evidence`, { url: 'https://transport.example/counts', stance: 'refutes' });
    expect(source.status).toBe(201);
    expect((await editor.api.delete(`/api/v1/claims/${claim.id}?version=${claim.version}`)).status).toBe(204);

    expect((await editor.api.patch(`/api/v1/evidence/${source.body.id}`, { title: 'Counts' })).status).toBe(404);
    expect((await editor.api.delete(`/api/v1/evidence/${source.body.id}`)).status).toBe(404);
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/evidence`, { url: 'https://transport.example/more', stance: 'context' })).status).toBe(404);

    expect((await editor.api.post(`/api/v1/claims/${claim.id}/restore`)).status).toBe(200);
    expect((await editor.api.get<ClaimDto>(`/api/v1/claims/${claim.id}`)).body.evidence).toEqual([source.body]);
  });

  it('answers 404 to restoring a claim that is not deleted', async () => {
    const claim = await markClaim(editor.api, 'Officials said');
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/restore`)).status).toBe(404);
  });
});
