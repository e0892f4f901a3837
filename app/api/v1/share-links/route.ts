import { apiRoute, json } from '@/lib/server/api/route';
import { listWorkspaceShareLinks } from '@/lib/server/share-links/list-share-links';

/** Every live link of the workspace (admins). */
export const GET = apiRoute(async ({ actor }) => json(await listWorkspaceShareLinks(actor)));
