// The verdict as it was published (decision 040): label and value with the scale's ends at the
// moment of approval or of the last correction of the verdict. ClaimReview and public pages read
// it, so relabelling or revaluing the scale later does not silently re-rate published verdicts.

export type PublishedRating = { label: string; value: number | null; worst: number; best: number };

/** The stored JSON as a PublishedRating, or null when there is none (or it is not one). */
export function publishedRatingOf(json: unknown): PublishedRating | null {
  if (!json || typeof json !== 'object') return null;
  const { label, value, worst, best } = json as Record<string, unknown>;
  if (typeof label !== 'string' || typeof worst !== 'number' || typeof best !== 'number') return null;
  if (value !== null && typeof value !== 'number') return null;
  return { label, value, worst, best };
}
