import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { updateRatingInputSchema } from '@/lib/validations/rating';
import { updateRating } from '@/lib/server/ratings/update-rating';
import { deleteRating } from '@/lib/server/ratings/delete-rating';

export const PATCH = apiRoute<{ ratingId: string }>(async ({ request, actor, params }) => {
  const id = parseParam(params.ratingId, idSchema, 'Verdict');
  const input = await parseJsonBody(request, updateRatingInputSchema);
  return json(await updateRating(actor, id, input));
});

export const DELETE = apiRoute<{ ratingId: string }>(async ({ actor, params }) => {
  await deleteRating(actor, parseParam(params.ratingId, idSchema, 'Verdict'));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
});
