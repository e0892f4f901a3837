'use client';

import { memo, Suspense } from 'react';
import { clsx } from 'clsx';
import type { ClaimDto } from '@/lib/validations/claim';
import { claimStatusLabels } from '@/lib/validations/claim-values';
import type { VerdictPaint } from '@/lib/core/rating-scale/rating-scale';
import { toneStyle } from './tone-style';

type ClaimListProps = {
  claims: ClaimDto[];
  activeId: string | null;
  paints: ReadonlyMap<string, VerdictPaint>;
  onSelect: (claimId: string) => void;
};

// A long list is hydrated a group of items at a time, each Suspense boundary its own task, so a
// phone's main thread is free between them (decision 043); memoised so that the workspace's other
// updates do not force the groups to hydrate all at once. Nothing here suspends.
const ITEMS_PER_GROUP = 25;

/** The claims of the article in document order: the keyboard way to every highlight. */
export const ClaimList = memo(function ClaimList({ claims, activeId, paints, onSelect }: ClaimListProps) {
  if (claims.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-700">
        No claims yet. Select a sentence in the article and press <kbd className="rounded border border-stone-300 bg-white px-1">M</kbd> or
        choose <strong>Mark claim</strong>.
      </p>
    );
  }
  return (
    <ol className="space-y-1.5" aria-label="Claims in document order">
      {groupStarts(claims.length).map((from) => (
        <Suspense key={from} fallback={null}>
          {claims.slice(from, from + ITEMS_PER_GROUP).map((claim, i) => (
            <ClaimItem key={claim.id} claim={claim} index={from + i} active={claim.id === activeId} paint={paints.get(claim.id)} onSelect={onSelect} />
          ))}
        </Suspense>
      ))}
    </ol>
  );
});

function groupStarts(count: number): number[] {
  return Array.from({ length: Math.ceil(count / ITEMS_PER_GROUP) }, (_, g) => g * ITEMS_PER_GROUP);
}

type ClaimItemProps = { claim: ClaimDto; index: number; active: boolean; paint: VerdictPaint | undefined; onSelect: (claimId: string) => void };

function ClaimItem({ claim, index, active, paint, onSelect }: ClaimItemProps) {
  return (
    <li>
      <button
        type="button"
        onClick={() => onSelect(claim.id)}
        aria-current={active ? 'true' : undefined}
        className={clsx(
          'w-full rounded-lg border px-3 py-2 text-left text-sm transition-colors',
          active ? 'border-stone-900 bg-white shadow-sm' : 'border-stone-200 bg-white/60 hover:bg-white',
        )}
      >
        <span className="flex items-center gap-2 text-xs text-stone-600">
          <span
            aria-hidden="true"
            className={clsx('inline-block size-2.5 rounded-full', `tone-${paint?.tone ?? 'none'}`)}
            style={{ ...toneStyle(paint), background: 'var(--tone)' } as React.CSSProperties}
          />
          <span>#{index + 1}</span>
          <span>{claimStatusLabels[claim.status]}</span>
          {claim.verdict && <span className="font-semibold text-stone-800">{claim.verdict.label}</span>}
        </span>
        <span className="mt-1 line-clamp-2 block text-stone-900">{claim.statement || `“${claim.exact}”`}</span>
      </button>
    </li>
  );
}
