// What happens to each claim when a story gets a new version: the claims are found again on the
// new text by anchorAll (the Hypothesis method, lib/core/anchoring) and each gets a plan the data
// layer writes as it is. Pure, so the rules are tested without a database:
//   - found → moved onto the new version, with quote and context read again from the new text
//     (a fuzzy match's words may differ from the old quote: the claim now points at these words);
//   - not found → orphaned where it was: its old version, quote and context stay as they were,
//     so the editor still sees what the claim was about and can re-attach it by hand;
//   - an orphan that is still not found is left alone (nothing happened to it).

import { anchorAll, createOffsetIndex, describeRange } from '@/lib/core/anchoring';
import type { AnchorMethod, OrphanReason, TextPositionSelector, TextQuoteSelector } from '@/lib/core/anchoring';

export type StoredClaimAnchor = {
  id: string;
  /** Code points in the claim's own (old) version. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState: 'anchored' | 'orphaned';
};

export type ReanchorPlan =
  | { claimId: string; kind: 'moved'; method: AnchorMethod; position: TextPositionSelector; quote: TextQuoteSelector }
  | { claimId: string; kind: 'orphaned'; reason: OrphanReason }
  | { claimId: string; kind: 'still_orphaned'; reason: OrphanReason };

export function planReanchoring(newText: string, claims: readonly StoredClaimAnchor[]): ReanchorPlan[] {
  const results = anchorAll(
    newText,
    claims.map((c) => ({
      quote: { type: 'TextQuoteSelector' as const, exact: c.exact, prefix: c.prefix, suffix: c.suffix },
      position: { type: 'TextPositionSelector' as const, start: c.start, end: c.end },
    })),
  );
  const index = createOffsetIndex(newText);
  return claims.map((claim, i): ReanchorPlan => {
    const result = results[i];
    if (!result || result.state === 'orphaned') {
      const reason = result?.state === 'orphaned' ? result.reason : 'not_found';
      return claim.anchorState === 'orphaned' ? { claimId: claim.id, kind: 'still_orphaned', reason } : { claimId: claim.id, kind: 'orphaned', reason };
    }
    const described = describeRange(newText, result.start, result.end, index);
    if (!described.ok) return { claimId: claim.id, kind: claim.anchorState === 'orphaned' ? 'still_orphaned' : 'orphaned', reason: 'empty_quote' };
    return { claimId: claim.id, kind: 'moved', method: result.method, position: described.position, quote: described.quote };
  });
}
