'use client';

import { memo, startTransition, useEffect, useState } from 'react';
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

// A long list comes with the page only as far as a screen needs; the rest is added once the page
// is interactive, a batch at a time in transitions, so a phone neither parses nor hydrates 300
// items before it can respond (decision 043). No Suspense boundary: past the first 12.8 kB of a
// page, React streams a boundary's content apart and reveals it later. Memoised, so that the
// workspace's other updates do not re-render every item.
const FIRST_ITEMS = 40;
const ITEMS_PER_BATCH = 60;

/** The claims of the article in document order: the keyboard way to every highlight. */
export const ClaimList = memo(function ClaimList({ claims, activeId, paints, onSelect }: ClaimListProps) {
  const shown = useShownCount(claims.length);
  if (claims.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-700">
        No claims yet. Select a sentence in the article and press <kbd className="rounded border border-stone-300 bg-white px-1">M</kbd> or
        choose <strong>Mark claim</strong>.
      </p>
    );
  }
  // The open claim is always in the list, even before its batch arrives.
  const limit = Math.max(shown, claims.findIndex((c) => c.id === activeId) + 1);
  return (
    <ol className="space-y-1.5" aria-label="Claims in document order">
      {claims.slice(0, limit).map((claim, i) => (
        <ClaimItem key={claim.id} claim={claim} index={i} active={claim.id === activeId} paint={paints.get(claim.id)} onSelect={onSelect} />
      ))}
    </ol>
  );
});

/** How many items to render: the first screenful, then a batch more per task until all (for good). */
function useShownCount(total: number): number {
  const [shown, setShown] = useState(FIRST_ITEMS);
  useEffect(() => {
    if (shown === Infinity) return;
    const more = () => setShown((n) => (n + ITEMS_PER_BATCH >= total ? Infinity : n + ITEMS_PER_BATCH));
    const timer = setTimeout(() => startTransition(more), 0);
    return () => clearTimeout(timer);
  }, [shown, total]);
  return shown;
}

type ClaimItemProps = { claim: ClaimDto; index: number; active: boolean; paint: VerdictPaint | undefined; onSelect: (claimId: string) => void };

// Memoised: each batch the list adds re-renders the list, not the items already there.
const ClaimItem = memo(function ClaimItem({ claim, index, active, paint, onSelect }: ClaimItemProps) {
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
});
