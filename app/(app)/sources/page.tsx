import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listChangedSources } from '@/lib/server/evidence-archive/list-changed-sources';
import { ChangedSourcesList } from '@/components/sources/changed-sources-list';
import { PageLink } from '@/components/ui/page-link';
import { pageQuerySchema } from '@/lib/validations/pagination';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Changed sources' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Sources whose live page changed or went away since archived (decision 038). */
export default async function ChangedSourcesPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const params = await searchParams;
  const parsed = pageQuerySchema.safeParse({ cursor: first(params.cursor), limit: first(params.limit) });
  const query = parsed.success ? parsed.data : pageQuerySchema.parse({});
  const page = await listChangedSources(actor, query).catch((error: unknown) => {
    // A stale or edited cursor shows the first page rather than an error.
    if (isAppError(error) && error.code === 'bad_request') return listChangedSources(actor, { ...query, cursor: undefined });
    throw error;
  });
  const limit = first(params.limit) && parsed.success ? `&limit=${query.limit}` : '';
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Changed sources</h1>
        <p className="mt-1 text-sm text-stone-700">Sources whose live page changed or went away since they were archived, the latest check first.</p>
      </div>
      <ChangedSourcesList sources={page.items} />
      {(query.cursor || page.nextCursor) && (
        <nav aria-label="More sources" className="flex justify-between">
          {query.cursor ? <PageLink href="/sources">Latest checks</PageLink> : <span />}
          {page.nextCursor && <PageLink href={`/sources?cursor=${page.nextCursor}${limit}`}>More</PageLink>}
        </nav>
      )}
    </div>
  );
}
