// Story: an integrator reads the API reference before writing a line of code. It is served
// without a token, is OpenAPI 3.1, and describes every route with the shapes the server checks.
import { describe, expect, it } from 'vitest';
import { send } from './support/api';

type Operation = { requestBody?: unknown; responses: Record<string, unknown>; security?: unknown[] };
type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { type?: string; properties?: Record<string, unknown>; required?: string[] }>; securitySchemes: Record<string, unknown> };
};

describe('/api/v1/openapi.json', () => {
  it('is served as OpenAPI 3.1 JSON without a token', async () => {
    const response = await send<OpenApiDocument>('GET', '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.body.openapi).toMatch(/^3\.1\.\d+$/);
    expect(response.body.info.title).toBe('Factdesk API');
    expect(response.body.components.securitySchemes).toHaveProperty('bearer');
  });

  it('lists the routes with their methods', async () => {
    const { body } = await send<OpenApiDocument>('GET', '/api/v1/openapi.json');
    const operations = Object.entries(body.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations).toEqual(
      expect.arrayContaining([
        'GET /api/v1/articles',
        'POST /api/v1/articles',
        'GET /api/v1/articles/{articleId}',
        'GET /api/v1/articles/{articleId}/claims',
        'POST /api/v1/articles/{articleId}/claims',
        'GET /api/v1/claims/{claimId}',
        'PATCH /api/v1/claims/{claimId}',
        'DELETE /api/v1/claims/{claimId}',
        'POST /api/v1/claims/{claimId}/restore',
        'GET /api/v1/claims/{claimId}/history',
        'POST /api/v1/claims/{claimId}/evidence',
        'PATCH /api/v1/evidence/{evidenceId}',
        'DELETE /api/v1/evidence/{evidenceId}',
        'GET /api/v1/rating-scale',
      ]),
    );
    expect(body.paths['/api/v1/articles']!.post!.responses).toHaveProperty('201');
    expect(body.paths['/api/v1/claims/{claimId}']!.patch!.responses).toHaveProperty('409');
    // The scale's ends (decision 040, amendment 1).
    expect(body.paths['/api/v1/ratings']!.patch!.responses).toHaveProperty('422');
  });

  it('documents the shapes integrators rely on', async () => {
    const { body } = await send<OpenApiDocument>('GET', '/api/v1/openapi.json');
    const schemas = body.components.schemas;
    for (const name of ['Article', 'CreateArticleInput', 'Claim', 'CreateClaimInput', 'UpdateClaimInput', 'AddEvidenceInput', 'Evidence', 'TextQuoteSelector', 'TextPositionSelector']) {
      expect(schemas, name).toHaveProperty(name);
    }
    expect(Object.keys(schemas.CreateArticleInput!.properties ?? {})).toEqual(expect.arrayContaining(['title', 'text', 'html', 'sourceUrl', 'author', 'outlet', 'publishedAt']));
    expect(Object.keys(schemas.UpdateClaimInput!.properties ?? {})).toEqual(expect.arrayContaining(['version', 'status', 'verdict', 'explanation', 'statement', 'claimant']));
    expect(schemas.UpdateClaimInput!.required).toContain('version');
    expect(Object.keys(schemas.Claim!.properties ?? {})).toEqual(expect.arrayContaining(['id', 'version', 'selectors', 'status', 'verdict', 'evidence']));
    expect(JSON.stringify(schemas.AddEvidenceInput)).toContain('"supports","refutes","context"');
  });
});
