'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClaimDto } from '@/lib/validations/claim';
import { claimStatusLabels, type ClaimStatusValue } from '@/lib/validations/claim-values';
import type { SimilarMatchDto } from '@/lib/validations/similar';
import { apiFetch } from '@/lib/queries/api-client';
import { claimKeys } from '@/lib/queries/claims';
import { similarClaimsOptions, similarKeys } from '@/lib/queries/similar';
import { Button } from '@/components/ui/button';

type AlreadyCheckedProps = { articleId: string; claim: ClaimDto; canEdit: boolean };

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : '';
}

/**
 * "Already checked?": the most alike earlier claims and partner reviews, each with its verdict
 * and why it matches, so a checker reuses research. Linking and copying go through the API;
 * a copied verdict is a proposal the review gate still decides on.
 */
export function AlreadyChecked({ articleId, claim, canEdit }: AlreadyCheckedProps) {
  const queryClient = useQueryClient();
  const statement = claim.statement || claim.exact;
  const similar = useQuery(similarClaimsOptions(claim.id, statement));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: similarKeys.all });
    void queryClient.invalidateQueries({ queryKey: claimKeys.history(claim.id) });
    void queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
  };
  const link = useMutation({
    mutationFn: (otherId: string) => apiFetch(`/api/v1/claims/${claim.id}/links`, { method: 'POST', body: { claimId: otherId } }),
    onSuccess: refresh,
  });
  const copy = useMutation({
    mutationFn: (fromClaimId: string) => apiFetch(`/api/v1/claims/${claim.id}/copy-verdict`, { method: 'POST', body: { fromClaimId, version: claim.version } }),
    onSuccess: refresh,
  });
  const matches = similar.data?.matches ?? [];
  const error = link.error ?? copy.error;

  return (
    <section aria-labelledby="already-checked-title" className="space-y-2">
      <h3 id="already-checked-title" className="text-sm font-semibold">
        Already checked?
      </h3>
      {similar.isPending && <p className="text-xs text-stone-600">Looking for earlier checks…</p>}
      {similar.isSuccess && matches.length === 0 && <p className="text-xs text-stone-600">No earlier claim says the same.</p>}
      {matches.length > 0 && (
        <ul className="space-y-2">
          {matches.map((match) => (
            <MatchItem
              key={`${match.source}:${match.id}`}
              match={match}
              canEdit={canEdit}
              pending={link.isPending || copy.isPending}
              onLink={() => link.mutate(match.id)}
              onCopy={() => copy.mutate(match.id)}
            />
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error.message}
        </p>
      )}
    </section>
  );
}

type MatchItemProps = { match: SimilarMatchDto; canEdit: boolean; pending: boolean; onLink: () => void; onCopy: () => void };

function MatchItem({ match, canEdit, pending, onLink, onCopy }: MatchItemProps) {
  const origin = match.source === 'desk' ? match.articleTitle : match.publisher;
  const status = match.status ? claimStatusLabels[match.status as ClaimStatusValue] ?? match.status : null;
  return (
    <li className="rounded border border-stone-200 p-2 text-sm">
      <p className="font-serif text-stone-900">“{match.statement}”</p>
      <p className="mt-1 text-xs text-stone-700">
        <strong>{match.verdict ?? 'No verdict yet'}</strong>
        {status && ` · ${status}`}
        {origin && ` · ${origin}`}
        {match.date && ` · ${when(match.date)}`}
        {match.url && (
          <>
            {' · '}
            <a href={match.url} target="_blank" rel="noreferrer noopener" className="underline">
              original review
            </a>
          </>
        )}
      </p>
      <p className="mt-1 text-xs text-stone-600">Why: {match.explanation}</p>
      {match.source === 'desk' && canEdit && (
        <div className="mt-2 flex gap-2">
          {match.linked ? (
            <span className="text-xs text-stone-700">Linked as the same claim</span>
          ) : (
            <Button size="sm" variant="secondary" disabled={pending} onClick={onLink}>
              Same claim as this
            </Button>
          )}
          {match.linked && match.verdict && !match.verdictRetired && (
            <Button size="sm" variant="secondary" disabled={pending} onClick={onCopy}>
              Copy verdict and evidence as a proposal
            </Button>
          )}
          {match.linked && match.verdictRetired && (
            // The server refuses to give a retired verdict to another claim (decision 040): say so
            // rather than offer a button that can only fail.
            <span className="text-xs text-stone-700">Its verdict, {match.verdict}, is retired from the scale and cannot be copied</span>
          )}
        </div>
      )}
    </li>
  );
}
