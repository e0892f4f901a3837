import { formatDateTime } from '@/lib/format';
import type { PublicArchivedCopy as Copy } from '@/lib/server/evidence-archive/public-archive';
import { PublicArticleText } from '@/components/share/public-article-text';
import { PublicPageShell } from '@/components/share/public-page-shell';
import { WaybackNote } from './wayback-note';

/**
 * The archived copy of a published verdict's source, for readers (no sign-in, no script): the
 * readable text with the passage highlighted by the public article reader, when and from where
 * it was fetched, and its SHA-256. Only classes the public stylesheet already has are used.
 */
export function PublicArchivedCopy({ copy }: { copy: Copy }) {
  const when = copy.archivedAt ? formatDateTime(copy.archivedAt) : null;
  const highlights = copy.passage ? [{ id: 'passage', number: 1, ...copy.passage, tone: 'none' as const, color: null, label: 'The passage relied on' }] : [];
  return (
    <PublicPageShell workspaceName={copy.workspaceName}>
      <p className="text-sm">
        <a href={copy.verdictUrlPath} className="text-blue-800 underline underline-offset-2">
          Back to the fact-check
        </a>
      </p>
      <h1 className="mt-4 text-2xl font-semibold text-stone-900">Archived copy of {copy.source.title || copy.source.url}</h1>
      <p className="mt-2 text-sm text-stone-700">
        {when ? `Fetched on ${when} from ` : 'Fetched from '}
        <a href={copy.source.url} rel="noopener noreferrer nofollow" className="break-words text-blue-800 underline underline-offset-2">
          {copy.source.url}
        </a>
        {copy.finalUrl !== copy.source.url ? ` (served from ${copy.finalUrl})` : ''}, HTTP {copy.httpStatus}. SHA-256 of the page as fetched: {copy.contentHash}.
      </p>
      <p className="mt-2 text-sm text-stone-700">
        {copy.passage
          ? `Passage found in the copy archived on ${when}: it is highlighted below.`
          : copy.source.passage.trim()
            ? 'The passage relied on was not found in the archived copy.'
            : 'No passage was given for this source.'}
      </p>
      {copy.waybackUrl && <WaybackNote url={copy.waybackUrl} className="mt-2 text-sm text-stone-700" />}
      <div className="mt-8">
        <PublicArticleText text={copy.text} blocks={copy.blocks} highlights={highlights} direction="ltr" language={null} />
      </div>
      {copy.passage && (
        <p id="claim-passage" className="mt-4 text-sm text-stone-700">
          [1] The passage the fact-check relies on.
        </p>
      )}
    </PublicPageShell>
  );
}
