'use client';

import { useId, useState } from 'react';
import type { ShareTarget } from '@/lib/queries/share-links';
import { useCreateShareLink } from '@/lib/queries/use-share-link-mutations';
import { expiryFromDateInput, MAX_SHARE_LINK_DAYS } from '@/lib/validations/share-link-values';
import { ApiError } from '@/lib/queries/api-client';
import { Button } from '@/components/ui/button';
import { SecretOnce } from '@/components/ui/secret-once';
import { inputClass } from '@/components/ui/field';

type Props = { target: Exclude<ShareTarget, { kind: 'workspace' }>; createLabel: string };

/** Makes a link (optionally expiring) and shows its address once, with a copy button. */
export function ShareLinkCreator({ target, createLabel }: Props) {
  const id = useId();
  const create = useCreateShareLink(target);
  const [expiry, setExpiry] = useState('');
  const url = create.data?.url;
  const error = create.error;
  const errorMessage = error instanceof ApiError ? (error.fields?.expiresAt?.join(' ') ?? error.message) : error?.message;
  const today = new Date();
  const isoDay = (date: Date) => date.toISOString().slice(0, 10);

  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ expiresAt: expiryFromDateInput(expiry) });
        }}
      >
        <div className="space-y-1">
          <label htmlFor={`${id}-expiry`} className="block text-xs font-medium text-stone-800">
            Expires on (optional)
          </label>
          <input
            id={`${id}-expiry`}
            type="date"
            min={isoDay(today)}
            max={isoDay(new Date(today.getTime() + (MAX_SHARE_LINK_DAYS - 1) * 86_400_000))}
            value={expiry}
            onChange={(e) => setExpiry(e.target.value)}
            className={`${inputClass} py-1 text-sm`}
          />
        </div>
        <Button type="submit" size="sm" disabled={create.isPending}>
          {create.isPending ? 'Making link…' : createLabel}
        </Button>
      </form>
      {errorMessage && (
        <p role="alert" className="text-sm text-red-800">
          Link not made: {errorMessage}
        </p>
      )}
      {url && <SecretOnce label="Public link (copy it now: it is shown only once)" value={url} />}
    </div>
  );
}
