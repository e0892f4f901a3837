import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parseParam } from '@/lib/server/api/parse';
import { idSchema } from '@/lib/validations/common';
import { addVersionInputSchema } from '@/lib/validations/article-revision';
import { listVersions } from '@/lib/server/articles/list-versions';
import { addRevisedText } from '@/lib/server/articles/add-revised-text';

export const GET = apiRoute<{ articleId: string }>(async ({ actor, params }) => {
  return json({ versions: await listVersions(actor, parseParam(params.articleId, idSchema, 'Article')) });
});

// A revised text for any article: 201 with the new version, or 200 "unchanged" when it is the
// latest version's text (nothing written).
export const POST = apiRoute<{ articleId: string }>(async ({ request, actor, params }) => {
  const articleId = parseParam(params.articleId, idSchema, 'Article');
  const { text, html, markdown, url } = await parseJsonBody(request, addVersionInputSchema);
  const result =
    url !== undefined
      ? await addRevisedText(actor, articleId, { source: 'url', url })
      : await addRevisedText(actor, articleId, {
          source: 'api',
          kind: html !== undefined ? 'html' : markdown !== undefined ? 'markdown' : 'text',
          content: html ?? markdown ?? text ?? '',
        });
  return json(result, result.status === 'changed' ? 201 : 200);
});
