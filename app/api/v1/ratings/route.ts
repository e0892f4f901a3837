import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { createRatingInputSchema, updateScaleBoundsInputSchema } from '@/lib/validations/rating';
import { listRatingScale } from '@/lib/server/ratings/list-rating-scale';
import { createRating } from '@/lib/server/ratings/create-rating';
import { updateScaleBounds } from '@/lib/server/ratings/update-scale-bounds';

export const GET = apiRoute(async ({ actor }) => json(await listRatingScale(actor)));

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, createRatingInputSchema);
  return json(await createRating(actor, input), 201);
});

export const PATCH = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, updateScaleBoundsInputSchema);
  return json(await updateScaleBounds(actor, input));
});
