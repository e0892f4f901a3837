'use client';

import type { ClaimDto } from '@/lib/validations/claim';
import type { RatingDto } from '@/lib/validations/rating';
import { useDeleteClaim, useUpdateClaim, type ClaimChanges } from '@/lib/queries/use-claim-mutations';
import { Button } from '@/components/ui/button';
import { AutosaveField } from './autosave-field';
import { StatusPicker } from './status-picker';
import { VerdictPicker } from './verdict-picker';
import { EvidenceList } from './evidence-list';
import { ClaimHistory } from './claim-history';
import { ShareClaimControl } from '@/components/share/share-claim-control';

export type ClaimPermissions = { canEdit: boolean; canPublish: boolean; canDelete: boolean; canEditEvidence: boolean };

type ClaimPanelProps = {
  articleId: string;
  claim: ClaimDto;
  ratings: RatingDto[];
  permissions: ClaimPermissions;
  onClose: () => void;
};

/** The working view of one claim: every change is saved as it is made. */
export function ClaimPanel({ articleId, claim, ratings, permissions, onClose }: ClaimPanelProps) {
  const update = useUpdateClaim(articleId, claim.id, (changes: ClaimChanges) => {
    const { verdict, ...rest } = changes;
    const rating = verdict === undefined ? undefined : verdict === null ? null : ratings.find((r) => r.key === verdict);
    return {
      ...rest,
      ...(rating !== undefined ? { verdict: rating ? { key: rating.key, label: rating.label, value: rating.value } : null } : {}),
    };
  });
  const remove = useDeleteClaim(articleId);
  const readOnly = !permissions.canEdit;

  return (
    <section aria-labelledby="claim-panel-title" className="space-y-5">
      <div className="flex items-start justify-between gap-2">
        <h2 id="claim-panel-title" className="text-base font-semibold">
          Claim
        </h2>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close claim panel (Esc)">
          Close
        </Button>
      </div>
      <figure>
        <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-stone-900">
          <span className="text-stone-500">…{claim.prefix.slice(-20)}</span>
          <mark className="bg-amber-100 px-0.5 text-stone-900">{claim.exact}</mark>
          <span className="text-stone-500">{claim.suffix.slice(0, 20)}…</span>
        </blockquote>
        <figcaption className="mt-1 text-xs text-stone-600">
          Quote in the frozen text · characters {claim.start}–{claim.end}
          {claim.createdBy ? ` · marked by ${claim.createdBy.name}` : ''}
        </figcaption>
      </figure>
      <AutosaveField
        label="Statement"
        value={claim.statement}
        multiline
        rows={2}
        maxLength={2000}
        placeholder="The claim as a neutral, self-contained sentence"
        readOnly={readOnly}
        onSave={(statement) => update.mutate({ statement })}
      />
      <AutosaveField
        label="Claimant"
        value={claim.claimant}
        maxLength={300}
        placeholder="Who made the claim"
        readOnly={readOnly}
        onSave={(claimant) => update.mutate({ claimant })}
      />
      <StatusPicker value={claim.status} canPublish={permissions.canPublish} disabled={readOnly} onChange={(status) => update.mutate({ status })} />
      <VerdictPicker ratings={ratings} value={claim.verdict?.key ?? null} disabled={readOnly} onChange={(verdict) => update.mutate({ verdict })} />
      <AutosaveField
        label="Explanation"
        value={claim.explanation}
        multiline
        rows={5}
        maxLength={20_000}
        serif
        placeholder="How you reached the verdict, in words a reader can follow"
        readOnly={readOnly}
        onSave={(explanation) => update.mutate({ explanation })}
      />
      <p className="text-xs text-stone-600" aria-live="polite">
        {update.isPending ? 'Saving…' : update.isError ? 'Last change not saved' : `Saved · version ${claim.version}`}
      </p>
      <EvidenceList articleId={articleId} claimId={claim.id} evidence={claim.evidence} canEdit={permissions.canEditEvidence} />
      <ShareClaimControl claim={claim} />
      <ClaimHistory claimId={claim.id} />
      {permissions.canDelete && (
        <div className="border-t border-stone-200 pt-4">
          <Button
            variant="danger"
            size="sm"
            onClick={() => {
              remove.mutate(claim);
              onClose();
            }}
          >
            Delete claim
          </Button>
        </div>
      )}
    </section>
  );
}
