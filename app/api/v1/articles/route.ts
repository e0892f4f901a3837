import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody, parsePageQuery } from '@/lib/server/api/parse';
import { createArticleInputSchema } from '@/lib/validations/article';
import { createArticle } from '@/lib/server/articles/create-article';
import { createArticleFromUrl } from '@/lib/server/articles/create-article-from-url';
import { listArticles } from '@/lib/server/articles/list-articles';
import { articleListQuerySchema } from '@/lib/validations/article-list';

export const GET = apiRoute(async ({ request, actor }) => {
  const page = await listArticles(actor, parsePageQuery(request, articleListQuerySchema));
  return json({ articles: page.items, nextCursor: page.nextCursor });
});

export const POST = apiRoute(async ({ request, actor }) => {
  const input = await parseJsonBody(request, createArticleInputSchema);
  const { text, html, markdown, url, allowDuplicate, ...metadata } = input;
  if (url !== undefined) {
    const { sourceUrl: _ignored, ...overrides } = metadata;
    return json(await createArticleFromUrl(actor, { url, metadata: overrides, allowDuplicate }), 201);
  }
  const kind = html !== undefined ? 'html' : markdown !== undefined ? 'markdown' : 'text';
  const article = await createArticle(actor, {
    source: 'api',
    kind,
    content: html ?? markdown ?? text ?? '',
    metadata,
  });
  return json(article, 201);
});
