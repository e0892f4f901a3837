'use client';

import { useQuery } from '@tanstack/react-query';
import type { ApiTokenDto } from '@/lib/validations/api-token';
import { apiTokenListOptions, type TokenOwner } from '@/lib/queries/api-tokens';
import { useRevokeApiToken } from '@/lib/queries/use-api-token-mutations';
import { formatDate, formatDateTime } from '@/lib/format';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useToast } from '@/components/ui/toast';

type Props = { owner: TokenOwner; label: string };

/** Live tokens: scope, dates, last use; revoking asks for a second click. */
export function ApiTokenList({ owner, label }: Props) {
  const tokens = useQuery(apiTokenListOptions(owner));
  // The item leaves the list at once (and comes back, fresh, if refused), so the hook, not the
  // item, says how the revocation ended (decision 005).
  const revoke = useRevokeApiToken(useToast().show);
  const onRevoke = (token: ApiTokenDto) => revoke.mutate(token);
  if (tokens.isPending) return <p className="text-sm text-stone-600">Loading tokens…</p>;
  if (tokens.isError) {
    return (
      <p role="alert" className="text-sm text-red-800">
        Could not load the tokens: {tokens.error.message}
      </p>
    );
  }
  if (tokens.data.tokens.length === 0) return <p className="text-sm text-stone-600">No live tokens.</p>;
  return (
    <ul aria-label={label} className="space-y-2">
      {tokens.data.tokens.map((token) => (
        <ApiTokenItem key={token.id} token={token} showOwner={owner === 'all'} pending={revoke.isPending && revoke.variables?.id === token.id} onRevoke={onRevoke} />
      ))}
    </ul>
  );
}

type ItemProps = { token: ApiTokenDto; showOwner: boolean; pending: boolean; onRevoke: (token: ApiTokenDto) => void };

function ApiTokenItem({ token, showOwner, pending, onRevoke }: ItemProps) {
  const expiry = token.expired ? 'expired' : token.expiresAt ? `expires ${formatDate(token.expiresAt)}` : 'no expiry';
  return (
    <li className="rounded-md border border-stone-200 bg-white px-3 py-2 text-sm">
      <p className="font-medium text-stone-900">
        {token.name} <span className="font-mono text-xs text-stone-700">{token.prefix}…</span>{' '}
        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-800">{token.scope === 'read' ? 'Read only' : 'Read and write'}</span>
      </p>
      <p className="text-xs text-stone-700">
        {showOwner && `${token.owner.name} · `}made {formatDate(token.createdAt)} · {expiry} ·{' '}
        {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : 'never used'}
      </p>
      <div className="mt-2 flex gap-2">
        <ConfirmButton
          label="Revoke"
          ariaLabel={`Revoke token ${token.name}`}
          confirmLabel="Confirm revoke"
          cancelLabel="Keep token"
          pending={pending}
          onConfirm={() => onRevoke(token)}
        />
      </div>
    </li>
  );
}
