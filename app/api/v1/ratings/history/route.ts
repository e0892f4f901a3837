import { apiRoute, json } from '@/lib/server/api/route';
import { listRatingChanges } from '@/lib/server/ratings/list-rating-scale';

export const GET = apiRoute(async ({ actor }) => json({ changes: await listRatingChanges(actor) }));
