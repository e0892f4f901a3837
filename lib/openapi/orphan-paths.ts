import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { PathHelpers } from './path-helpers';
import { orphanNoteListSchema } from '@/lib/validations/orphan-note';

// Why orphans lost their place and where they might go (decision 013), kept apart from the main
// document: the main document passes its helpers in.
type Helpers = Pick<PathHelpers, 'op' | 'ok'>;

export function orphanPaths({ op, ok }: Helpers): ZodOpenApiPathsObject {
  return {
    '/api/v1/articles/{articleId}/orphans': {
      get: op({
        summary: 'Why each orphaned claim of the article lost its place, with an “attach here?” suggestion',
        description:
          'For each orphan (a claim whose words were not found on a new version): `reason`, `detail` (what was found and why it was rejected, e.g. the best match’s score and the threshold it missed), the version searched, and `suggestion`: the best rejected candidate as a selection of the latest version (code points, with its text and context), or null. Accept it by POSTing `{ selector: {type: "TextPositionSelector", start, end}, exact }` to /api/v1/claims/{claimId}/reattach.',
        requestParams: { path: z.object({ articleId: z.string().meta({ description: 'The article’s id' }) }) },
        responses: ok('The orphans with their reasons', orphanNoteListSchema),
      }),
    },
  };
}
