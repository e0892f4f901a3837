import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { PathHelpers } from './path-helpers';
import { pageQuerySchema } from '@/lib/validations/pagination';
import {
  correctionRequestHistorySchema,
  correctionRequestPageSchema,
  correctionRequestSchema,
  createCorrectionRequestInputSchema,
  deskCorrectionRequestPageSchema,
  deskListQuerySchema,
  updateCorrectionRequestInputSchema,
} from '@/lib/validations/correction-request';

// Correction requests (interventions, docs/decisions/039-correction-requests.md), kept apart from
// the main document: the main document passes its helpers in.
type Helpers = PathHelpers;

const WRITERS = 'Needs `correction.record` (checkers, editors, admins); viewers get 403.';

export function correctionRequestPaths({ op, ok, body, errorResponse }: Helpers): ZodOpenApiPathsObject {
  const requestPath = { path: z.object({ requestId: z.string().meta({ description: 'The correction request’s id' }) }) };
  const claimPath = { path: z.object({ claimId: z.string().meta({ description: 'The claim’s id' }) }) };
  const badPage = errorResponse('The cursor or limit is not valid');
  return {
    '/api/v1/claims/{claimId}/correction-requests': {
      get: op({
        summary: 'The correction requests made about a claim, oldest first',
        requestParams: { ...claimPath, query: pageQuerySchema },
        responses: { ...ok('A page of requests', correctionRequestPageSchema), '400': badPage },
      }),
      post: op({
        summary: 'Record that the desk asked someone to correct the claim',
        description: `${WRITERS} The request is open (outcome \`pending\`) until an outcome is set.`,
        requestParams: claimPath,
        requestBody: body(createCorrectionRequestInputSchema),
        responses: ok('The request', correctionRequestSchema, '201'),
      }),
    },
    '/api/v1/correction-requests': {
      get: op({
        summary: 'The desk list of correction requests, oldest first, with their age and flag',
        description: '`open=true` lists only open requests (outcome pending). Requests of deleted claims are left out.',
        requestParams: { query: deskListQuerySchema },
        responses: { ...ok('A page of requests with their claim and article', deskCorrectionRequestPageSchema), '400': badPage },
      }),
    },
    '/api/v1/correction-requests/{requestId}': {
      get: op({ summary: 'One correction request', requestParams: requestPath, responses: ok('The request', correctionRequestSchema) }),
      patch: op({
        summary: 'Record the response and outcome, or correct the request',
        description: `${WRITERS} Send the \`version\` read; a stale one answers 409 with the current state in \`current\`. Setting \`outcome\` (any value) clears the "publisher may have corrected" flag. Every changed field is recorded in the request's history.`,
        requestParams: requestPath,
        requestBody: body(updateCorrectionRequestInputSchema),
        responses: { ...ok('The request', correctionRequestSchema), '409': errorResponse('Stale version: `current` holds the request as it is') },
      }),
      delete: op({
        summary: 'Delete a request recorded by mistake',
        description: `${WRITERS} The claim's history keeps a line saying it was removed.`,
        requestParams: requestPath,
        responses: { '204': { description: 'Deleted' }, '403': errorResponse('Not allowed'), '404': errorResponse('Not found') },
      }),
    },
    '/api/v1/correction-requests/{requestId}/history': {
      get: op({
        summary: 'Every change to a correction request, newest first',
        requestParams: { ...requestPath, query: pageQuerySchema },
        responses: { ...ok('A page of events', correctionRequestHistorySchema), '400': badPage },
      }),
    },
  };
}
