// Story: a client sends JSON with a lone surrogate ("\ud800", half of a UTF-16 pair: valid JSON,
// not a character). Every text input stores it as U+FFFD and answers as usual, never a 500
// (PostgreSQL refuses a lone surrogate in a jsonb history row).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import type { ClaimDto, ClaimEventDto } from '@/lib/validations/claim';
import type { CommentDto } from '@/lib/validations/comment';
import type { EvidenceDto } from '@/lib/validations/evidence';
import type { WorkspaceDto } from '@/lib/validations/workspace';
import { createArticle, createMember, type Member } from './support/api';
import { setSelfApproval } from './support/workspace-settings';

// JSON.stringify writes a lone surrogate as the escape "\ud800", as a hostile client would.
const LONE = 'x\ud800y';
const REPLACED = 'x\uFFFDy';

let editor: Member;
let article: ArticleDto;

async function newClaim(): Promise<ClaimDto> {
  const response = await editor.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, {
    selector: { type: 'TextQuoteSelector', exact: 'four billion litres' },
  });
  expect(response.status).toBe(201);
  return response.body;
}

beforeAll(async () => {
  editor = await createMember('surrogates');
  article = await createArticle(editor.api, { title: 'Dam', text: 'The dam holds four billion litres of water.' });
});

describe('PATCH /claims/{id} with a lone surrogate', () => {
  it.each(['explanation', 'statement', 'claimant'])('stores %s with U+FFFD and records it in history', async (field) => {
    const claim = await newClaim();
    const response = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, [field]: LONE });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ [field]: REPLACED });
    const history = await editor.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${claim.id}/history`);
    expect(history.body.events.some((event) => event.field === field && event.to === REPLACED)).toBe(true);
  });

  it('stores a correction reason with U+FFFD', async () => {
    await setSelfApproval(editor.user.workspace, true);
    const claim = await newClaim();
    const published = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, verdict: 'false', explanation: 'Wrong.', status: 'published' });
    expect(published.status).toBe(200);
    const corrected = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, {
      version: published.body.version,
      explanation: `Revised ${LONE}`,
      correctionReason: LONE,
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.explanation).toBe(`Revised ${REPLACED}`);
    const history = await editor.api.get<{ events: ClaimEventDto[] }>(`/api/v1/claims/${claim.id}/history`);
    expect(history.body.events.some((event) => event.reason === REPLACED)).toBe(true);
  });
});

describe('other text inputs with a lone surrogate', () => {
  it('a claim made with a statement and claimant', async () => {
    const response = await editor.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, {
      selector: { type: 'TextQuoteSelector', exact: 'The dam' },
      statement: LONE,
      claimant: LONE,
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ statement: REPLACED, claimant: REPLACED });
  });

  it('a comment', async () => {
    const claim = await newClaim();
    const response = await editor.api.post<CommentDto>(`/api/v1/claims/${claim.id}/comments`, { body: LONE });
    expect(response.status).toBe(201);
    expect(response.body.body).toBe(REPLACED);
  });

  it('evidence, made and changed', async () => {
    const claim = await newClaim();
    const made = await editor.api.post<EvidenceDto>(`/api/v1/claims/${claim.id}/evidence`, {
      url: 'https://dam.example/',
      stance: 'supports',
      title: LONE,
      publisher: LONE,
      passage: LONE,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ title: REPLACED, publisher: REPLACED, passage: REPLACED });
    const changed = await editor.api.patch<EvidenceDto>(`/api/v1/evidence/${made.body.id}`, { passage: `again ${LONE}` });
    expect(changed.status).toBe(200);
    expect(changed.body.passage).toBe(`again ${REPLACED}`);
  });

  it('an article: title, author, outlet and text', async () => {
    const response = await editor.api.post<ArticleDto>('/api/v1/articles', { title: LONE, author: LONE, outlet: LONE, text: `Body ${LONE}.` });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ title: REPLACED, author: REPLACED, outlet: REPLACED });
  });

  it('the workspace name', async () => {
    const admin = await createMember('surrogate-admin');
    const suffix = crypto.randomUUID().slice(0, 8);
    const response = await admin.api.patch<WorkspaceDto>('/api/v1/workspace', { name: `Desk ${LONE} ${suffix}` });
    expect(response.status).toBe(200);
    expect(response.body.name).toBe(`Desk ${REPLACED} ${suffix}`);
  });

  it('an invitation email is refused as not an address, never a 500', async () => {
    const response = await editor.api.post('/api/v1/invitations', { role: 'checker', email: `a${LONE}@example.org` });
    expect(response.status).toBe(422);
  });
});

// An imported annotation becomes a claim, its history, evidence and comments: the same repair
// applies to every text the import reads.
describe('POST /articles/{id}/annotations with a lone surrogate', () => {
  it('stores the statement, explanation, evidence, comment and an unplaced quote with U+FFFD', async () => {
    const annotation = (exact: string, body: unknown[]) => ({
      type: 'Annotation',
      target: { source: 'https://dam.example/story', selector: [{ type: 'TextQuoteSelector', exact, prefix: LONE, suffix: LONE }] },
      body,
    });
    const response = await editor.api.post<{ created: { claimId: string }[]; unanchored: unknown[] }>(`/api/v1/articles/${article.id}/annotations`, [
      annotation('four billion litres', [
        { type: 'TextualBody', purpose: 'describing', value: LONE },
        { type: 'TextualBody', purpose: 'assessing', value: `False\n${LONE}` },
        { type: 'SpecificResource', source: { id: 'https://e.example/', title: LONE }, selector: { type: 'TextQuoteSelector', exact: LONE } },
        { type: 'TextualBody', purpose: 'commenting', value: LONE },
      ]),
      annotation(`nowhere ${LONE} in the text`, []),
    ]);
    expect(response.status, response.text).toBe(201);
    const claimId = response.body.created[0]!.claimId;
    const claim = await editor.api.get<ClaimDto>(`/api/v1/claims/${claimId}`);
    expect(claim.body.statement).toBe(REPLACED);
    expect(claim.body.explanation).toBe(REPLACED);
    expect(claim.body.evidence[0]).toMatchObject({ title: REPLACED, passage: REPLACED });
    const comments = await editor.api.get<{ comments: CommentDto[] }>(`/api/v1/claims/${claimId}/comments`);
    expect(comments.body.comments.map((comment) => comment.body)).toContain(REPLACED);
  });
});
