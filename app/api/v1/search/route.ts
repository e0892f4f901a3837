import { apiRoute, json } from '@/lib/server/api/route';
import { validationError } from '@/lib/server/api/error-response';
import { searchQuerySchema } from '@/lib/validations/search';
import { searchWorkspace } from '@/lib/server/search/search';

export const GET = apiRoute(async ({ request, actor }) => {
  const query = searchQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError(query.error);
  return json(await searchWorkspace(actor, query.data));
});
