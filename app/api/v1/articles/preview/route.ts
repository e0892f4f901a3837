import { apiRoute, json } from '@/lib/server/api/route';
import { parseJsonBody } from '@/lib/server/api/parse';
import { previewArticleInputSchema } from '@/lib/validations/article-version';
import { previewArticleFromUrl } from '@/lib/server/articles/preview-article-from-url';

// A POST only to carry the link in a body: the preview stores nothing, so read-only tokens may.
export const POST = apiRoute(
  async ({ request, actor }) => {
    const { url } = await parseJsonBody(request, previewArticleInputSchema);
    return json(await previewArticleFromUrl(actor, url));
  },
  { readsOnly: true },
);
