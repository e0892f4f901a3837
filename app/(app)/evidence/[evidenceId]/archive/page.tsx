import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getArchivedCopy } from '@/lib/server/evidence-archive/evidence-archive';
import { idSchema } from '@/lib/validations/common';
import { formatDateTime } from '@/lib/format';
import { ArchivedText } from '@/components/evidence-archive/archived-text';
import { ArchiveScreenshot } from '@/components/evidence-archive/archive-screenshot';
import { WaybackNote } from '@/components/evidence-archive/wayback-note';

type Props = { params: Promise<{ evidenceId: string }> };

export const metadata: Metadata = { title: 'Archived copy' };

/** A member's view of the copy of a source archived for a claim, with the passage relied on marked. */
export default async function ArchivedCopyPage({ params }: Props) {
  const actor = await requirePageActor();
  const id = idSchema.safeParse((await params).evidenceId);
  if (!id.success) notFound();
  const copy = await getArchivedCopy(actor, id.data).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  });
  if (!copy) notFound();
  const { evidence } = copy;
  const when = copy.archivedAt ? formatDateTime(copy.archivedAt) : null;

  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-sm">
        <Link href={`/articles/${evidence.articleId}?claim=${evidence.claimId}`} className="text-blue-800 underline underline-offset-2">
          Back to the claim
        </Link>
      </p>
      <h1 className="mt-3 text-2xl font-semibold text-stone-900">Archived copy of {evidence.title || evidence.url}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-stone-700">
        <dt className="font-medium">Archived</dt>
        <dd>{when ?? 'unknown'}</dd>
        <dt className="font-medium">Link</dt>
        <dd className="break-all">{evidence.url}</dd>
        {copy.finalUrl !== evidence.url && (
          <>
            <dt className="font-medium">Served from</dt>
            <dd className="break-all">{copy.finalUrl}</dd>
          </>
        )}
        <dt className="font-medium">HTTP status</dt>
        <dd>{copy.httpStatus}</dd>
        <dt className="font-medium">SHA-256</dt>
        <dd className="break-all font-mono text-xs">{copy.contentHash}</dd>
      </dl>
      <p className="mt-4 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm" role="status">
        {copy.passage ? (
          <>
            Passage found in the copy archived on {when}.{' '}
            <a href="#passage" className="text-blue-800 underline underline-offset-2">
              Go to the passage
            </a>
          </>
        ) : evidence.passage.trim() ? (
          'The passage relied on was not found in the archived copy.'
        ) : (
          'No passage was given for this source.'
        )}
      </p>
      <p className="mt-3 text-sm">
        <a href={`/api/v1/evidence/${evidence.id}/archive/raw`} className="text-blue-800 underline underline-offset-2" download>
          Download the page as fetched
        </a>
      </p>
      {copy.waybackUrl && <WaybackNote url={copy.waybackUrl} className="mt-2 text-sm text-stone-700" />}
      <ArchiveScreenshot evidenceId={evidence.id} screenshot={copy.screenshot} />
      <hr className="my-6 border-stone-200" />
      {copy.text ? (
        <ArchivedText text={copy.text} blocks={copy.blocks} passage={copy.passage} />
      ) : (
        <p className="text-sm text-stone-600">No readable text could be made from this page; the download has it as fetched.</p>
      )}
    </article>
  );
}
