'use client';

import { useState } from 'react';
import type { ShareLinkDto } from '@/lib/validations/share-link';
import { useRevokeShareLink } from '@/lib/queries/use-share-link-mutations';
import { formatDate } from '@/lib/format';
import { Button } from '@/components/ui/button';
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
  const revoke = useRevokeShareLink();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
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
          {confirming ? (
            <>
              <Button
                size="sm"
                variant="danger"
                disabled={revoke.isPending}
                onClick={() =>
                  revoke.mutate(link, {
                    onSuccess: () => toast.show('Link revoked: it now answers “no longer available”.'),
                    onError: (error) => {
                      toast.show(`Link not revoked: ${error.message}`, { tone: 'error' });
                      setConfirming(false);
                    },
                  })
                }
              >
                Confirm revoke
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                Keep link
              </Button>
            </>
          ) : (
            <Button size="sm" variant="secondary" onClick={() => setConfirming(true)} aria-label={`Revoke link made by ${made}`}>
              Revoke
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
