import type { z } from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiResponsesObject } from 'zod-openapi';

/**
 * What the main document (openapi-document.ts) passes to the modules that describe one feature's
 * paths (webhooks, ratings, correction requests…), so every operation is built the same way.
 */
export type PathHelpers = {
  op: (o: ZodOpenApiOperationObject) => ZodOpenApiOperationObject;
  ok: (description: string, schema: z.ZodType, status?: string) => ZodOpenApiResponsesObject;
  body: (schema: z.ZodType) => ZodOpenApiOperationObject['requestBody'];
  errorResponse: (description: string) => { description: string };
};
