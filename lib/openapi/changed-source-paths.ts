import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { PathHelpers } from './path-helpers';
import { pageQuerySchema } from '@/lib/validations/pagination';
import { changedSourcePageSchema } from '@/lib/validations/changed-sources';

// The desk list of changed or gone sources (docs/decisions/038-archived-evidence.md), kept apart
// from the main document: the main document passes its helpers in.
type Helpers = Pick<PathHelpers, 'op' | 'ok' | 'errorResponse'>;

export function changedSourcePaths({ op, ok, errorResponse }: Helpers): ZodOpenApiPathsObject {
  return {
    '/api/v1/sources/changed': {
      get: op({
        summary: 'Sources whose live page changed or went away since they were archived, newest check first',
        description:
          'Evidence whose last re-check (see `GET /api/v1/evidence/{evidenceId}/archive`) found its current link `changed` (the passage is no longer in the live page) or `gone` (HTTP error, DNS or connection failure). Sources of deleted claims or articles are left out. Any member may read it.',
        requestParams: { query: pageQuerySchema },
        responses: { ...ok('A page of sources with their claim and article', changedSourcePageSchema), '400': errorResponse('The cursor or limit is not valid') },
      }),
    },
  };
}
