import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listArticles } from '@/lib/server/articles/get-article';
import { ArticleList } from '@/components/articles/article-list';
import { buttonClass } from '@/components/ui/button';
import { PageLink } from '@/components/ui/page-link';
import { can } from '@/lib/core/permissions/permissions';
import { pageQuerySchema } from '@/lib/validations/pagination';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<{ cursor?: string; limit?: string }> };

export default async function ArticlesPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const params = await searchParams;
  // A link edited by hand into nonsense shows the first page rather than an error.
  const parsed = pageQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : pageQuerySchema.parse({});
  const page = await listArticles(actor, query).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'bad_request') return listArticles(actor, { limit: query.limit });
    throw error;
  });
  const pageHref = (cursor: string | null) => {
    const search = new URLSearchParams(cursor ? { cursor } : {});
    if (params.limit) search.set('limit', String(query.limit));
    return `/articles${search.size ? `?${search}` : ''}`;
  };
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
      <ArticleList articles={page.items} />
      {(query.cursor || page.nextCursor) && (
        <nav aria-label="Pages of articles" className="mt-6 flex justify-between gap-4">
          {query.cursor ? <PageLink href={pageHref(null)}>Newest articles</PageLink> : <span />}
          {page.nextCursor && <PageLink href={pageHref(page.nextCursor)}>Older articles</PageLink>}
        </nav>
      )}
    </div>
  );
}
