import { formatDateTime } from '@/lib/format';

/** Marks a story edited by its outlet after a verdict on it was published (see changed-after-review.ts). */
export function ChangedSinceReviewBadge({ at }: { at: string }) {
  return (
    <span className="ml-2 inline-block rounded-full bg-amber-100 px-2 py-0.5 align-middle text-xs font-medium text-amber-900" title={`Changed ${formatDateTime(at)}`}>
      Changed since review
    </span>
  );
}
