import 'server-only';
import { AppError } from '@/lib/errors';
import { fetchAndExtract, type ImportedArticle, type RawPage } from '@/lib/server/import/import-from-url';
import { parseAllowHosts } from '@/lib/server/import/allow-hosts';

/**
 * Fetches and extracts a story from a link, or throws the refusal as a 422 with the sentence
 * saying why and `reason` the machine-readable code: a refused link is the link's fault, not ours.
 * Callers check the actor's permission first: someone who may not import must not make us connect.
 */
export async function fetchArticlePage(url: string): Promise<{ article: ImportedArticle; raw: RawPage }> {
  const result = await fetchAndExtract(url, { allowHosts: parseAllowHosts(process.env.FACTDESK_IMPORT_ALLOW_HOSTS) });
  if (!result.ok) {
    throw new AppError('unprocessable', result.message, { fields: { url: [result.message] }, details: { reason: result.code } });
  }
  return { article: result.article, raw: result.raw };
}
