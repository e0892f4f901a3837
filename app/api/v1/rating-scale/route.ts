import { apiRoute, json } from '@/lib/server/api/route';
import { listRatings } from '@/lib/server/workspaces/list-ratings';

export const GET = apiRoute(async ({ actor }) => json({ ratings: await listRatings(actor) }));
