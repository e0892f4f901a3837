import { apiRoute, json } from '@/lib/server/api/route';
import { parseClaimsViewQuery } from '@/lib/server/api/parse';
import { listWorkspaceClaims } from '@/lib/server/claims/list-workspace-claims';

/** The desk-wide claims view: a page of the workspace's claims, filtered and sorted. */
export const GET = apiRoute(async ({ request, actor }) => json(await listWorkspaceClaims(actor, parseClaimsViewQuery(request))));
