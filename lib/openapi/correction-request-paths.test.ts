import { describe, expect, test } from 'vitest';
import { buildOpenApiDocument } from './openapi-document';

describe('the OpenAPI document’s correction requests', () => {
  const doc = buildOpenApiDocument();

  test('documents listing, recording, reading, updating, deleting and the history', () => {
    const ops = (path: string) => Object.keys(doc.paths?.[path] ?? {});
    expect(ops('/api/v1/claims/{claimId}/correction-requests')).toEqual(expect.arrayContaining(['get', 'post']));
    expect(ops('/api/v1/correction-requests')).toEqual(['get']);
    expect(ops('/api/v1/correction-requests/{requestId}')).toEqual(expect.arrayContaining(['get', 'patch', 'delete']));
    expect(ops('/api/v1/correction-requests/{requestId}/history')).toEqual(['get']);
    expect(doc.paths?.['/api/v1/correction-requests/{requestId}']?.patch?.responses?.['409']).toBeDefined();
  });

  test('pages the desk list, with the open filter, and takes an Idempotency-Key on POST', () => {
    const desk = doc.paths?.['/api/v1/correction-requests']?.get;
    const names = (desk?.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
    expect(names).toEqual(expect.arrayContaining(['cursor', 'limit', 'open']));
    const post = doc.paths?.['/api/v1/claims/{claimId}/correction-requests']?.post;
    expect(JSON.stringify(post?.parameters)).toContain('Idempotency-Key');
  });
});
