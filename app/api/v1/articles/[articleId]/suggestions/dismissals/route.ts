import { apiRoute } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { dismissSuggestionInputSchema } from '@/lib/validations/similar';
import { dismissSuggestion } from '@/lib/server/similar/dismiss-suggestion';

export const POST = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  await dismissSuggestion(actor, articleId, await parseJsonBody(request, dismissSuggestionInputSchema));
  return new Response(null, { status: 204 });
});
