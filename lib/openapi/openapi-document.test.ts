import { describe, expect, test } from 'vitest';
import { buildOpenApiDocument } from './openapi-document';

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  test('documents every route an integrator relies on', () => {
    expect(Object.keys(doc.paths ?? {})).toEqual(
      expect.arrayContaining([
        '/api/v1/articles',
        '/api/v1/articles/{articleId}/claims',
        '/api/v1/claims/{claimId}',
        '/api/v1/claims/{claimId}/evidence',
      ]),
    );
  });

  test('pages every list that can grow: ?cursor=&limit= in, nextCursor out, 400 for a bad cursor', () => {
    for (const [path, field] of [
      ['/api/v1/articles', 'articles'],
      ['/api/v1/claims/{claimId}/history', 'events'],
      ['/api/v1/claims/{claimId}/comments', 'comments'],
      ['/api/v1/share-links', 'links'],
      ['/api/v1/claims/{claimId}/share-links', 'links'],
      ['/api/v1/articles/{articleId}/share-links', 'links'],
      ['/api/v1/me/claims', 'nextCursors'],
    ] as const) {
      const get = doc.paths?.[path]?.get;
      const names = (get?.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
      expect(names, path).toEqual(expect.arrayContaining(['cursor', 'limit']));
      expect(get?.responses?.['400'], path).toBeDefined();
      // A named schema (ShareLinkList, MyClaims) is a $ref: read the component it points to.
      const answer = JSON.stringify(get?.responses?.['200']);
      const ref = /"#\/components\/schemas\/(\w+)"/.exec(answer)?.[1];
      const schema = answer + (ref ? JSON.stringify(doc.components?.schemas?.[ref]) : '');
      expect(schema, path).toContain('nextCursor');
      expect(schema, path).toContain(field);
    }
  });

  test('describes the claim update with its version and the status values', () => {
    const schema = doc.components?.schemas?.UpdateClaimInput as { properties: Record<string, { enum?: string[] }>; required: string[] };
    expect(schema.required).toContain('version');
    expect(schema.properties.status?.enum).toEqual(['to_check', 'researching', 'needs_review', 'published', 'dismissed']);
  });

  test('names both W3C selectors a claim can be created with', () => {
    expect(doc.components?.schemas).toHaveProperty('TextQuoteSelector');
    expect(doc.components?.schemas).toHaveProperty('TextPositionSelector');
  });

  test('says evidence stance is supports, refutes or context', () => {
    const schema = doc.components?.schemas?.AddEvidenceInput as { properties: Record<string, { enum?: string[] }> };
    expect(schema.properties.stance?.enum).toEqual(['supports', 'refutes', 'context']);
  });

  test('documents member, invitation and workspace operations with the four roles', () => {
    expect(Object.keys(doc.paths ?? {})).toEqual(
      expect.arrayContaining(['/api/v1/members', '/api/v1/members/{userId}', '/api/v1/invitations', '/api/v1/invitations/{invitationId}', '/api/v1/workspace']),
    );
    const input = doc.components?.schemas?.CreateInvitationInput as { properties: Record<string, unknown>; required: string[] };
    expect(input.required).toEqual(['role']);
    expect(doc.components?.schemas?.Role).toMatchObject({ enum: ['admin', 'editor', 'checker', 'viewer'] });
  });
});

describe('API tokens and the dashboard in the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  test('documents making, listing and revoking tokens, and the dashboard with its CSV tables', () => {
    const paths = doc.paths ?? {};
    expect(Object.keys(paths['/api/v1/tokens'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(paths['/api/v1/tokens/{tokenId}'] ?? {})).toContain('delete');
    const dashboard = JSON.stringify(paths['/api/v1/dashboard']);
    for (const word of ['from', 'outlet', 'member', 'csv', 'backlog-assignee']) expect(dashboard).toContain(word);
  });
});

describe('Idempotency-Key in the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  test('every POST takes the optional header and documents the replay, 409 in progress and 422 reused', () => {
    const posts = Object.entries(doc.paths ?? {}).flatMap(([path, item]) => (item.post ? [[path, item.post] as const] : []));
    expect(posts.length).toBeGreaterThan(10);
    for (const [path, post] of posts) {
      const key = (post.parameters ?? []).find((p) => 'name' in p && p.name === 'Idempotency-Key');
      expect(key, path).toMatchObject({ in: 'header', required: false });
      expect(JSON.stringify(post.responses?.['409']), path).toContain('idempotency_key_in_progress');
      expect(JSON.stringify(post.responses?.['422']), path).toContain('idempotency_key_reused');
      expect(JSON.stringify(post.responses), path).toContain('Idempotent-Replayed');
    }
    const claims = doc.paths?.['/api/v1/articles/{articleId}/claims']?.get;
    expect(JSON.stringify(claims ?? {})).not.toContain('Idempotency-Key');
  });
});
