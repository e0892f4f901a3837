'use client';

import { clsx } from 'clsx';
import { useQuery } from '@tanstack/react-query';
import type { ClaimDto } from '@/lib/validations/claim';
import type { OrphanNoteDto } from '@/lib/validations/orphan-note';
import { orphanNotesOptions, useReattachClaim } from '@/lib/queries/versions';
import { AttachSuggestion } from './attach-suggestion';
import { claimStatusLabels } from '@/lib/validations/claim-values';
import { publishedClaimLocked } from '@/lib/core/review/claim-review-rules';

type OrphanedClaimsProps = {
  articleId: string;
  orphans: ClaimDto[];
  activeId: string | null;
  reattachingId: string | null;
  canReattach: boolean;
  /** Published verdicts quote their words publicly: re-attaching one needs claim.publish. */
  canReattachPublished: boolean;
  onSelect: (claimId: string) => void;
  onReattach: (claimId: string) => void;
  /** Called with the claim once a suggestion was accepted. */
  onAttached: (claimId: string) => void;
};

/**
 * Claims whose words the story lost when it changed. They are never dropped nor moved onto other
 * words: each shows the quote with the context it had, its verdict and why it was not found
 * (what was found and why it was rejected), until someone re-attaches it — by selecting text, or
 * with one click on the best rejected place ("Attach here?").
 */
export function OrphanedClaims(props: OrphanedClaimsProps) {
  const { articleId, orphans, activeId, reattachingId, canReattach, canReattachPublished, onSelect, onReattach, onAttached } = props;
  const notes = useQuery(orphanNotesOptions(articleId, orphans.length > 0));
  const reattach = useReattachClaim(articleId);
  if (orphans.length === 0) return null;
  const noteOf = new Map<string, OrphanNoteDto>((notes.data?.orphans ?? []).map((n) => [n.claimId, n]));
  const attach = (claim: ClaimDto, note: OrphanNoteDto) => {
    if (!note.suggestion) return;
    const { start, end, exact } = note.suggestion;
    reattach.mutate(
      { claimId: claim.id, input: { selector: { type: 'TextPositionSelector', start, end }, exact, version: claim.version } },
      { onSuccess: () => onAttached(claim.id) },
    );
  };
  return (
    <section aria-labelledby="orphaned-claims-heading" className="mt-5 rounded-lg border border-amber-300 bg-amber-50 p-3">
      <h3 id="orphaned-claims-heading" className="text-sm font-semibold text-amber-950">
        Lost their place after the story changed ({orphans.length})
      </h3>
      <p className="mt-1 text-xs text-amber-900">Their words were removed or rewritten. Re-attach one by selecting the text it is about now.</p>
      <ul className="mt-2 space-y-2" aria-label="Claims that lost their place">
        {orphans.map((claim) => (
          <li key={claim.id} className={clsx('rounded-md border bg-white p-2 text-sm', claim.id === activeId ? 'border-stone-900' : 'border-amber-200')}>
            <button type="button" onClick={() => onSelect(claim.id)} className="block w-full text-left" aria-current={claim.id === activeId ? 'true' : undefined}>
              <span className="block text-xs text-stone-600">
                {claimStatusLabels[claim.status]}
                {claim.verdict && <strong className="ms-2 text-stone-800">{claim.verdict.label}</strong>}
              </span>
              <span className="mt-1 block text-stone-700">
                {claim.prefix && <span className="text-stone-500">…{claim.prefix}</span>}
                <mark className="bg-amber-200 text-stone-950">{claim.exact}</mark>
                {claim.suffix && <span className="text-stone-500">{claim.suffix}…</span>}
              </span>
            </button>
            {noteOf.get(claim.id) && <p className="mt-1 text-xs text-stone-600">Why: {noteOf.get(claim.id)?.detail}</p>}
            {canReattach && !publishedClaimLocked(claim.status, canReattachPublished) && noteOf.get(claim.id)?.suggestion && (
              <AttachSuggestion
                exact={claim.exact}
                suggestion={noteOf.get(claim.id)!.suggestion!}
                pending={reattach.isPending && reattach.variables?.claimId === claim.id}
                error={reattach.isError && reattach.variables?.claimId === claim.id ? reattach.error.message : null}
                onAttach={() => attach(claim, noteOf.get(claim.id)!)}
              />
            )}
            {canReattach && publishedClaimLocked(claim.status, canReattachPublished) && (
              <p className="mt-2 text-xs text-stone-600">Published: only an editor can re-attach it.</p>
            )}
            {canReattach && !publishedClaimLocked(claim.status, canReattachPublished) && (
              <button
                type="button"
                onClick={() => onReattach(claim.id)}
                disabled={reattachingId === claim.id}
                className="mt-2 rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium text-stone-900 hover:bg-stone-100 disabled:text-stone-500"
                aria-label={`Re-attach the claim “${claim.exact.slice(0, 60)}”`}
              >
                {reattachingId === claim.id ? 'Select the new text…' : 'Re-attach'}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
