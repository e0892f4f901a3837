import { buildOpenApiDocument } from '@/lib/openapi/openapi-document';

// Generated once per process: the schemas do not change while it runs.
let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export function GET(): Response {
  document ??= buildOpenApiDocument();
  return Response.json(document, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
