import { notFound } from 'next/navigation';
import type { Actor } from '@/lib/server/actor';
import { getDeletedArticle } from '@/lib/server/articles/get-deleted-article';
import { DeletedArticleNotice } from '@/components/articles/deleted-article-notice';
import { restoreDeletedArticleAction } from './actions';

/**
 * What an article's addresses (its page, its old versions) show when the article is not there:
 * a deleted one says what happened and until when it can come back (decision 042); one purged
 * for good, or never here, is not found.
 */
export async function DeletedArticle({ actor, articleId }: { actor: Actor; articleId: string }) {
  const deleted = await getDeletedArticle(actor, articleId);
  if (!deleted) notFound();
  return <DeletedArticleNotice article={deleted} restoreAction={restoreDeletedArticleAction} />;
}
