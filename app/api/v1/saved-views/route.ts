import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { createSavedViewInputSchema } from '@/lib/validations/claims-view';
import { listSavedViews } from '@/lib/server/saved-views/list-saved-views';
import { createSavedView } from '@/lib/server/saved-views/create-saved-view';

export const GET = apiRoute(async ({ actor }) => json(await listSavedViews(actor)));

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, createSavedViewInputSchema);
  return json(await createSavedView(actor, input), 201);
});
