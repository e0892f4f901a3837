import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listArticleOutlets, listArticles } from '@/lib/server/articles/list-articles';
import { ArticleList } from '@/components/articles/article-list';
import { ArticleFilterPanel } from '@/components/articles/article-filters';
import { NoMatchingArticles } from '@/components/articles/no-matching-articles';
import { buttonClass } from '@/components/ui/button';
import { PageLink } from '@/components/ui/page-link';
import { can } from '@/lib/core/permissions/permissions';
import { articleFilterParams, articleListQuerySchema, hasArticleFilters } from '@/lib/validations/article-list';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ArticlesPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const params = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, first(value)]));
  // Filters edited by hand into nonsense: say which, and list nothing until they are fixed or cleared.
  const parsed = articleListQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : articleListQuerySchema.parse({});
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const [page, outlets] = await Promise.all([
    parsed.success
      ? listArticles(actor, query).catch((error: unknown) => {
          // A stale or edited cursor shows the first page rather than an error.
          if (isAppError(error) && error.code === 'bad_request') return listArticles(actor, { ...query, cursor: undefined });
          throw error;
        })
      : null,
    listArticleOutlets(actor),
  ]);
  const pageHref = (cursor: string | null) => {
    const search = articleFilterParams(filters);
    if (cursor) search.set('cursor', cursor);
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
      <ArticleFilterPanel key={articleFilterParams(filters).toString()} filters={filters} outlets={outlets}>
        {!parsed.success && (
          <p role="alert" className="mb-4 text-sm text-red-800">
            These filters cannot be used: {parsed.error.issues.map((issue) => issue.message).join('; ')}.{' '}
            <Link href="/articles" className="underline">
              Clear filters
            </Link>
          </p>
        )}
        {page && (page.items.length === 0 && hasArticleFilters(filters) ? <NoMatchingArticles /> : <ArticleList articles={page.items} />)}
        {page && (query.cursor || page.nextCursor) && (
          <nav aria-label="Pages of articles" className="mt-6 flex justify-between gap-4">
            {query.cursor ? <PageLink href={pageHref(null)}>Newest articles</PageLink> : <span />}
            {page.nextCursor && <PageLink href={pageHref(page.nextCursor)}>Older articles</PageLink>}
          </nav>
        )}
      </ArticleFilterPanel>
    </div>
  );
}
