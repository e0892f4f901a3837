// The verdict scale of a workspace. Scale verdicts carry a number (higher is truer, as
// ClaimReview consumers expect); outcomes off the scale (Misleading, Unproven, Not checkable)
// carry none. Kept apart from workflow status on purpose: a claim can be "published" with any
// verdict, and "researching" with none.

export type RatingDefinition = {
  key: string;
  label: string;
  description: string;
  value: number | null;
};

export type RatingTone = 'true' | 'mostly-true' | 'mixed' | 'mostly-false' | 'false' | 'off-scale' | 'none';

export const DEFAULT_RATING_SCALE: readonly RatingDefinition[] = [
  { key: 'true', label: 'True', value: 5, description: 'The statement is accurate and nothing significant is missing.' },
  { key: 'mostly_true', label: 'Mostly true', value: 4, description: 'The statement is accurate but needs clarification or additional information.' },
  { key: 'mixed', label: 'Mixed', value: 3, description: 'The statement is partially accurate but leaves out important details or takes things out of context.' },
  { key: 'mostly_false', label: 'Mostly false', value: 2, description: 'The statement contains an element of truth but ignores critical facts that would give a different impression.' },
  { key: 'false', label: 'False', value: 1, description: 'The statement is not accurate.' },
  { key: 'misleading', label: 'Misleading', value: null, description: 'Accurate in parts, but presented in a way that leads to a false conclusion.' },
  { key: 'unproven', label: 'Unproven', value: null, description: 'The evidence available neither proves nor disproves the statement.' },
  { key: 'not_checkable', label: 'Not checkable', value: null, description: 'An opinion, a prediction or otherwise not a checkable statement of fact.' },
];

export type ScaleBounds = { best: number; worst: number };

/** Best and worst numeric values of a scale, or null when it has no numeric verdicts. */
export function scaleBounds(ratings: readonly Pick<RatingDefinition, 'value'>[]): ScaleBounds | null {
  const values = ratings.map((r) => r.value).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  return { best: Math.max(...values), worst: Math.min(...values) };
}

/**
 * The highlight colour family of a verdict: its position on the scale mapped onto five tones, so
 * that a custom scale (e.g. 0–10) still reads green-to-red.
 */
export function ratingTone(
  rating: Pick<RatingDefinition, 'value'> | null | undefined,
  bounds: ScaleBounds | null,
): RatingTone {
  if (!rating) return 'none';
  if (rating.value === null || !bounds) return 'off-scale';
  const span = bounds.best - bounds.worst;
  const position = span === 0 ? 1 : (rating.value - bounds.worst) / span;
  if (position >= 0.875) return 'true';
  if (position >= 0.625) return 'mostly-true';
  if (position > 0.375) return 'mixed';
  if (position > 0.125) return 'mostly-false';
  return 'false';
}

/**
 * How a verdict is painted: the tone of its place on the scale, and the colour an admin chose for
 * it (decision 040), which wins where the app shows a verdict's colour (`--tone`). Colours are
 * contrast-checked when they are saved, against the same highlight and badge uses.
 */
export type VerdictPaint = { tone: RatingTone; color: string | null };

export function verdictPaint(
  verdict: Pick<RatingDefinition, 'key' | 'value'> | null | undefined,
  bounds: ScaleBounds | null,
  colors: ReadonlyMap<string, string | null>,
): VerdictPaint {
  return { tone: ratingTone(verdict, bounds), color: verdict ? (colors.get(verdict.key) ?? null) : null };
}
