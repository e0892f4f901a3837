import { formatDateTime } from '@/lib/format';
import { archiveSentence } from '@/lib/core/archive/archive-sentence';
import type { PublicArchiveNote } from '@/lib/server/evidence-archive/public-archive';

/**
 * A public source's archived copy in one line: "Passage found in the copy archived on 4 Dec 2026,
 * 10:44 UTC", and a link to the copy where the page has one. Only classes the public stylesheet
 * already has (evidence-sources.tsx), so it is not regenerated for this.
 */
export function ArchivedSourceNote({ archive, href }: { archive: NonNullable<PublicArchiveNote>; href: string | null }) {
  const when = formatDateTime(archive.archivedAt);
  const sentence = archiveSentence(archive.passage, when);
  return (
    <p className="mt-1 text-xs text-stone-700">
      {sentence}{' '}
      {href && (
        <a href={href} className="text-blue-800 underline underline-offset-2">
          View the archived copy
        </a>
      )}
    </p>
  );
}
