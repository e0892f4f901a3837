// What happens to each claim when a story gets a new version: the claims are found again on the
// new text and each gets a plan the data layer writes as it is. Pure, so the rules are tested
// without a database:
//   - found → moved onto the new version, with quote and context read again from the new text
//     (a fuzzy match's words may differ from the old quote: the claim now points at these words);
//   - not found → orphaned where it was: its old version, quote and context stay as they were,
//     so the editor still sees what the claim was about and can re-attach it by hand; the plan
//     says why (reason and detail) and carries the best rejected place as a suggestion;
//   - an orphan that is still not found is left alone, with a fresh reason and suggestion.
// Claims whose version's text is given (`versionTexts`) follow the word map between that
// version and the new one (reanchorAll, lib/core/anchoring/reanchor-all.ts); the others are
// found by quote, context and position alone (anchorAll, the Hypothesis method).

import { anchorAll, createOffsetIndex, describeRange, reanchorAll } from '@/lib/core/anchoring';
import type { AnchorableClaim, AnchorMethod, AnchorResult, OrphanReason, TextPositionSelector, TextQuoteSelector } from '@/lib/core/anchoring';

export type StoredClaimAnchor = {
  id: string;
  /** The version the claim's position and quote refer to; with `versionTexts`, its text is used. */
  articleVersionId?: string;
  /** Code points in the claim's own (old) version. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchorState: 'anchored' | 'orphaned';
};

/** The best place found for an orphan and rejected, in code points of the new text. */
export type OrphanSuggestion = { start: number; end: number; score: number };

export type OrphanPlan = { claimId: string; reason: OrphanReason; detail: string; suggestion: OrphanSuggestion | null };

export type ReanchorPlan =
  | { claimId: string; kind: 'moved'; method: AnchorMethod; position: TextPositionSelector; quote: TextQuoteSelector }
  | (OrphanPlan & { kind: 'orphaned' | 'still_orphaned' });

export function planReanchoring(
  newText: string,
  claims: readonly StoredClaimAnchor[],
  versionTexts: ReadonlyMap<string, string> = new Map(),
): ReanchorPlan[] {
  const results = anchorByVersion(newText, claims, versionTexts);
  const index = createOffsetIndex(newText);
  return claims.map((claim, i): ReanchorPlan => {
    const result = results[i];
    const kind = claim.anchorState === 'orphaned' ? 'still_orphaned' : 'orphaned';
    if (!result || result.state === 'orphaned') {
      const candidate = result?.state === 'orphaned' ? result.candidate : undefined;
      return {
        claimId: claim.id,
        kind,
        reason: result?.state === 'orphaned' ? result.reason : 'not_found',
        detail: result?.state === 'orphaned' && result.detail ? result.detail : 'Its words were not found in the new version.',
        suggestion: candidate
          ? { start: index.toCodePoint(candidate.start), end: index.toCodePoint(candidate.end, 'end'), score: Math.round(candidate.score * 1000) / 1000 }
          : null,
      };
    }
    const described = describeRange(newText, result.start, result.end, index);
    if (!described.ok) return { claimId: claim.id, kind, reason: 'empty_quote', detail: 'The place found holds only white space.', suggestion: null };
    return { claimId: claim.id, kind: 'moved', method: result.method, position: described.position, quote: described.quote };
  });
}

function anchorByVersion(newText: string, claims: readonly StoredClaimAnchor[], versionTexts: ReadonlyMap<string, string>): AnchorResult[] {
  const asAnchorable = (c: StoredClaimAnchor): AnchorableClaim => ({
    quote: { type: 'TextQuoteSelector', exact: c.exact, prefix: c.prefix, suffix: c.suffix },
    position: { type: 'TextPositionSelector', start: c.start, end: c.end },
  });
  const groups = new Map<string | undefined, number[]>();
  claims.forEach((claim, i) => {
    const key = claim.articleVersionId !== undefined && versionTexts.has(claim.articleVersionId) ? claim.articleVersionId : undefined;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const results: AnchorResult[] = new Array(claims.length);
  for (const [versionId, members] of groups) {
    const group = members.map((i) => asAnchorable(claims[i] as StoredClaimAnchor));
    const oldText = versionId === undefined ? undefined : versionTexts.get(versionId);
    const found = oldText === undefined ? anchorAll(newText, group) : reanchorAll(oldText, newText, group);
    members.forEach((i, k) => (results[i] = found[k] as AnchorResult));
  }
  return results;
}
