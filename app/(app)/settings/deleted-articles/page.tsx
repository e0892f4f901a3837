import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listDeletedArticles } from '@/lib/server/articles/delete-article';
import { can } from '@/lib/core/permissions/permissions';
import { formatDateTime } from '@/lib/format';
import { Button } from '@/components/ui/button';
import { restoreArticleAction } from './actions';

export const metadata: Metadata = { title: 'Recently deleted articles' };

export default async function DeletedArticlesPage() {
  const actor = await requirePageActor();
  if (!can(actor.role, 'workspace.manage')) {
    return <p className="text-sm text-stone-700">Only admins can see and restore deleted articles.</p>;
  }
  const articles = await listDeletedArticles(actor);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">Recently deleted</h1>
      <p className="mb-6 text-sm text-stone-700">Deleted articles can be restored, with their claims, for 30 days. After that they are removed for good.</p>
      {articles.length === 0 ? (
        <p className="text-sm text-stone-600">No article was deleted in the last 30 days.</p>
      ) : (
        <ul className="divide-y divide-stone-200 text-sm" aria-label="Deleted articles">
          {articles.map((article) => (
            <li key={article.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="font-medium text-stone-900">{article.title}</p>
                <p className="text-stone-600">
                  Deleted {formatDateTime(article.deletedAt)}
                  {article.deletedByName ? ` by ${article.deletedByName}` : ''}; removed for good after {formatDateTime(article.purgeAfter)}.
                </p>
              </div>
              <form action={restoreArticleAction}>
                <input type="hidden" name="articleId" value={article.id} />
                <Button type="submit" variant="secondary" size="sm" aria-label={`Restore ${article.title}`}>
                  Restore
                </Button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6 text-sm">
        <Link href="/articles" className="underline">
          Back to the articles
        </Link>
      </p>
    </>
  );
}
