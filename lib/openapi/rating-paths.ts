import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import type { PathHelpers } from './path-helpers';
import {
  createRatingInputSchema,
  ratingChangeSchema,
  ratingScaleSchema,
  scaleRatingSchema,
  updateRatingInputSchema,
  updateScaleBoundsInputSchema,
} from '@/lib/validations/rating';
import { publicPagesSettingsSchema, updatePublicPagesInputSchema } from '@/lib/validations/public-pages';

// The editable rating scale and the public pages' settings (decision 040), kept apart from the
// main document like the webhooks: the main document passes its helpers in.
type Helpers = PathHelpers;

const ADMINS = 'Admins only (other roles get 403).';
const RULES =
  'The whole scale is checked after the change: values are whole numbers within worst..best (null: off the scale), the offered verdicts on the scale run from truest to least true with no two values alike, labels are unique among offered verdicts, and a colour (#rrggbb) must give white labels 4.5:1 contrast. A refused change writes nothing (422, `fields` and `problems`). Published verdicts keep the label and value they were published with.';

export function ratingPaths({ op, ok, body, errorResponse }: Helpers): ZodOpenApiPathsObject {
  const ratingPath = { path: z.object({ ratingId: z.string().meta({ description: 'The verdict’s id' }) }) };
  return {
    '/api/v1/ratings': {
      get: op({ summary: 'The rating scale, retired verdicts and usage included', description: ADMINS, responses: ok('The scale', ratingScaleSchema) }),
      post: op({
        summary: 'Add a verdict to the scale',
        description: `${ADMINS} Without a position, a verdict on the scale goes before the first less true one, an outcome off the scale last. ${RULES}`,
        requestBody: body(createRatingInputSchema),
        responses: { ...ok('The new verdict', scaleRatingSchema, '201'), '422': errorResponse('The scale would break a rule') },
      }),
      patch: op({
        summary: 'Move the scale’s ends (worstRating and bestRating)',
        description: `${ADMINS} Recorded in the scale’s history (action \`rescaled\`). worst must be below best, and every verdict’s value (retired ones too) must stay within the new ends: otherwise 422 naming the verdicts (and how many claims carry each) in \`message\`, \`fields.worst\`/\`fields.best\` and \`problems\`; revalue them first. Published verdicts keep the ends they were published with; the next publication or correction takes the new ones.`,
        requestBody: body(updateScaleBoundsInputSchema),
        responses: { ...ok('The scale', ratingScaleSchema), '422': errorResponse('worst not below best, or verdicts would fall outside') },
      }),
    },
    '/api/v1/ratings/{ratingId}': {
      patch: op({
        summary: 'Change a verdict: label, definition, value, colour, place; retire it or offer it again',
        description: `${ADMINS} Recorded in the scale’s history. ${RULES}`,
        requestParams: ratingPath,
        requestBody: body(updateRatingInputSchema),
        responses: { ...ok('The verdict', scaleRatingSchema), '404': errorResponse('No such verdict in this workspace'), '422': errorResponse('The scale would break a rule') },
      }),
      delete: op({
        summary: 'Delete a verdict nobody used',
        description: `${ADMINS} A verdict carried by a claim (deleted ones included) or named in a claim’s history cannot be deleted: retire it instead.`,
        requestParams: ratingPath,
        responses: { '204': { description: 'Deleted' }, '404': errorResponse('No such verdict'), '409': errorResponse('In use (`reason: rating_in_use`)') },
      }),
    },
    '/api/v1/ratings/history': {
      get: op({ summary: 'Every change to the scale, newest first (the last 200)', description: ADMINS, responses: ok('Changes', z.object({ changes: z.array(ratingChangeSchema) })) }),
    },
    '/api/v1/workspace/public-pages': {
      get: op({ summary: 'The public methodology and corrections log: on or off, address, methodology text', description: ADMINS, responses: ok('Settings', publicPagesSettingsSchema) }),
      patch: op({
        summary: 'Turn the public pages on or off, set their address, edit the methodology text',
        description: `${ADMINS} Off by default. The pages are /p/{slug}/methodology, /p/{slug}/corrections (HTML, no sign-in), their .json forms and /p/{slug}/corrections.atom; turned off they answer 410 at once on every instance.`,
        requestBody: body(updatePublicPagesInputSchema),
        responses: { ...ok('Settings', publicPagesSettingsSchema), '409': errorResponse('Another workspace uses this address'), '422': errorResponse('Invalid address or text, or enabling without an address') },
      }),
    },
  };
}
