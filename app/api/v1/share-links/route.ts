import { apiRoute, json } from '@/lib/server/api/route';
import { parsePageQuery } from '@/lib/server/api/parse';
import { listWorkspaceShareLinks } from '@/lib/server/share-links/list-share-links';

/** Every live link of the workspace (admins), one page at a time. */
export const GET = apiRoute(async ({ request, actor }) => json(await listWorkspaceShareLinks(actor, parsePageQuery(request))));
