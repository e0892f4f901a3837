'use client';

import { useId, useState } from 'react';
import { useCreateApiToken } from '@/lib/queries/use-api-token-mutations';
import { errorMessageOf } from '@/lib/queries/api-client';
import { expiryFromDateInput } from '@/lib/validations/share-link-values';
import { Button } from '@/components/ui/button';
import { SecretOnce } from '@/components/ui/secret-once';
import { inputClass } from '@/components/ui/field';

/** Names a new token, picks its scope and expiry, and shows its secret once, with a copy button. */
export function ApiTokenCreator() {
  const id = useId();
  const create = useCreateApiToken();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('read');
  const [expiry, setExpiry] = useState('');
  const secret = create.data?.token;
  const errorMessage = errorMessageOf(create.error);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div className="space-y-3">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ name, scope, expiresAt: expiryFromDateInput(expiry) }, { onSuccess: () => setName('') });
        }}
      >
        <div className="space-y-1">
          <label htmlFor={`${id}-name`} className="block text-sm font-medium text-stone-800">
            Token name
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="CMS sync"
            maxLength={100}
            required
            className={inputClass}
          />
        </div>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-stone-800">Access</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name={`${id}-scope`} value="read" checked={scope === 'read'} onChange={() => setScope('read')} />
            Read only: every change is refused
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name={`${id}-scope`} value="write" checked={scope === 'write'} onChange={() => setScope('write')} />
            Read and write: whatever your role allows
          </label>
        </fieldset>
        <div className="space-y-1">
          <label htmlFor={`${id}-expiry`} className="block text-sm font-medium text-stone-800">
            Expires on (optional)
          </label>
          <input id={`${id}-expiry`} type="date" min={today} value={expiry} onChange={(e) => setExpiry(e.target.value)} className={`${inputClass} w-auto`} />
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Making token…' : 'Make token'}
        </Button>
      </form>
      {errorMessage && (
        <p role="alert" className="text-sm text-red-800">
          Token not made: {errorMessage}
        </p>
      )}
      {secret && (
        <SecretOnce
          label={`New token “${create.data?.name}” (copy it now: it is shown only once)`}
          value={secret}
          hint="Send it as Authorization: Bearer <token>."
          monospace
        />
      )}
    </div>
  );
}
