import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listDeskCorrectionRequests } from '@/lib/server/correction-requests/list-correction-requests';
import { DeskCorrectionRequests } from '@/components/correction-requests/desk-correction-requests';
import { PageLink } from '@/components/ui/page-link';
import { deskListQuerySchema } from '@/lib/validations/correction-request';
import { isAppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Correction requests' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Open correction requests, oldest first, with their age and the "may have corrected" flag. */
export default async function CorrectionRequestsPage({ searchParams }: Props) {
  const actor = await requirePageActor();
  const params = await searchParams;
  const parsed = deskListQuerySchema.safeParse({ cursor: first(params.cursor), open: 'true' });
  const query = parsed.success ? parsed.data : deskListQuerySchema.parse({ open: 'true' });
  const page = await listDeskCorrectionRequests(actor, query).catch((error: unknown) => {
    // A stale or edited cursor shows the first page rather than an error.
    if (isAppError(error) && error.code === 'bad_request') return listDeskCorrectionRequests(actor, { ...query, cursor: undefined });
    throw error;
  });
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Correction requests</h1>
        <p className="mt-1 text-sm text-stone-700">Open requests to correct a claim, the longest-waiting first.</p>
      </div>
      <DeskCorrectionRequests requests={page.items} />
      {(query.cursor || page.nextCursor) && (
        <nav aria-label="More requests" className="flex justify-between">
          {query.cursor ? <PageLink href="/correction-requests">Oldest requests</PageLink> : <span />}
          {page.nextCursor && <PageLink href={`/correction-requests?cursor=${page.nextCursor}`}>More recent requests</PageLink>}
        </nav>
      )}
    </div>
  );
}
