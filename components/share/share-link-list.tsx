'use client';

import type { ShareLinkDto } from '@/lib/validations/share-link';
import { useRevokeShareLink } from '@/lib/queries/use-share-link-mutations';
import { formatDate } from '@/lib/format';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { ShowMoreButton } from '@/components/ui/show-more-button';
import { useToast } from '@/components/ui/toast';

type More = { hasMore: boolean; loading: boolean; load: () => void };
type Props = { links: ShareLinkDto[]; label: string; showTitle?: boolean; more?: More };

/** Live links with who made them, when, and their expiry; revoking asks for a second click. Older pages load on demand. */
export function ShareLinkList({ links, label, showTitle = false, more }: Props) {
  if (links.length === 0) return <p className="text-sm text-stone-600">No live links.</p>;
  return (
    <>
      <ul aria-label={label} className="space-y-2">
        {links.map((link) => (
          <ShareLinkItem key={link.id} link={link} showTitle={showTitle} />
        ))}
      </ul>
      {more?.hasMore && <ShowMoreButton loading={more.loading} onClick={more.load} label="Show older links" loadingLabel="Loading older links…" />}
    </>
  );
}

function ShareLinkItem({ link, showTitle }: { link: ShareLinkDto; showTitle: boolean }) {
  const revoke = useRevokeShareLink(useToast().show);
  const made = `${link.createdBy?.name ?? 'Former member'}, ${formatDate(link.createdAt)}`;
  return (
    <li className="rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
      {showTitle && (
        <p className="font-medium text-stone-900">
          {link.kind === 'claim' ? 'Verdict: ' : 'Article review: '}
          {link.title}
        </p>
      )}
      <p className="text-xs text-stone-700">
        Made by {made} · {link.expiresAt ? `expires ${formatDate(link.expiresAt)}` : 'no expiry'}
      </p>
      {link.canRevoke && (
        <div className="mt-2 flex gap-2">
          <ConfirmButton
            label="Revoke"
            ariaLabel={`Revoke link made by ${made}`}
            confirmLabel="Confirm revoke"
            cancelLabel="Keep link"
            pending={revoke.isPending}
            // The row leaves at once (and comes back, fresh, if refused): the hook reports the outcome.
            onConfirm={() => revoke.mutate(link)}
          />
        </div>
      )}
    </li>
  );
}
