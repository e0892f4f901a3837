import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listArticles } from '@/lib/server/articles/get-article';
import { ArticleList } from '@/components/articles/article-list';
import { buttonClass } from '@/components/ui/button';
import { can } from '@/lib/core/permissions/permissions';

export const metadata: Metadata = { title: 'Articles' };

export default async function ArticlesPage() {
  const actor = await requirePageActor();
  const articles = await listArticles(actor);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <div className="mb-6 flex items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
        {can(actor.role, 'article.create') && (
          <Link href="/articles/new" className={buttonClass('primary')}>
            Import article
          </Link>
        )}
      </div>
      <ArticleList articles={articles} />
    </div>
  );
}
