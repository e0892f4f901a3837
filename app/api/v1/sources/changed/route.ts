import { apiRoute, json } from '@/lib/server/api/route';
import { parsePageQuery } from '@/lib/server/api/parse';
import { listChangedSources } from '@/lib/server/evidence-archive/list-changed-sources';

export const GET = apiRoute(async ({ request, actor }) => {
  const page = await listChangedSources(actor, parsePageQuery(request));
  return json({ sources: page.items, nextCursor: page.nextCursor });
});
