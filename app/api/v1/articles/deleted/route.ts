import { apiRoute, json } from '@/lib/server/api/route';
import { listDeletedArticles } from '@/lib/server/articles/delete-article';

// "Recently deleted": what an admin can still restore (30 days).
export const GET = apiRoute(async ({ actor }) => json({ articles: await listDeletedArticles(actor) }));
