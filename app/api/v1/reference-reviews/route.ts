import { AppError } from '@/lib/errors';
import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { importReferenceInputSchema, referenceSearchSchema } from '@/lib/validations/similar';
import { importReferenceReviews } from '@/lib/server/reference-library/import-reference-reviews';
import { searchReferenceReviews } from '@/lib/server/reference-library/search-reference-reviews';

export const GET = apiRoute(async ({ request, actor }) => {
  const query = referenceSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError('unprocessable', 'The search is too long (500 characters at most).', { fields: { q: ['Too long'] } });
  return json({ reviews: await searchReferenceReviews(actor, query.data.q) });
});

export const POST = apiRoute(async ({ request, actor }) => {
  return json(await importReferenceReviews(actor, await parseJsonBody(request, importReferenceInputSchema)), 201);
});
