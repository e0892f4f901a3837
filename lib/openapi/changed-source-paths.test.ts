import { describe, expect, test } from 'vitest';
import { buildOpenApiDocument } from './openapi-document';

describe('the changed sources list in the API reference', () => {
  test('is a paged GET', () => {
    const get = buildOpenApiDocument().paths?.['/api/v1/sources/changed']?.get;
    const names = (get?.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
    expect(names).toEqual(expect.arrayContaining(['cursor', 'limit']));
    expect(get?.responses?.['200']).toBeDefined();
  });
});
