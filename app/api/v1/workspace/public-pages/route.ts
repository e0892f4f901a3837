import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { updatePublicPagesInputSchema } from '@/lib/validations/public-pages';
import { getPublicPagesSettings, updatePublicPagesSettings } from '@/lib/server/public-pages/public-pages-settings';

export const GET = apiRoute(async ({ actor }) => json(await getPublicPagesSettings(actor)));

export const PATCH = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, updatePublicPagesInputSchema);
  return json(await updatePublicPagesSettings(actor, input));
});
