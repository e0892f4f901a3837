import { boundsProblems } from '@/lib/core/rating-scale/scale-rules';
import { scaleBounds } from '@/lib/core/rating-scale/rating-scale';
import type { BackupContent } from '@/lib/validations/backup';

export type ScaleEnds = { worst: number; best: number };

/**
 * The ends the restored scale gets: the archive's own, or, for an archive from before they were
 * kept, the ends its verdicts span, as the migration that introduced them did (1..5 when the
 * values span nothing, widened to take in a lone value outside it).
 */
export function restoredScaleEnds(content: Pick<BackupContent, 'workspace' | 'ratings'>): ScaleEnds {
  const { ratingWorst, ratingBest } = content.workspace;
  if (ratingWorst !== null && ratingBest !== null) return { worst: ratingWorst, best: ratingBest };
  const spanned = scaleBounds(content.ratings);
  if (spanned && spanned.worst < spanned.best) return spanned;
  return { worst: Math.min(1, spanned?.worst ?? 1), best: Math.max(5, spanned?.best ?? 5) };
}

/** Problems with the archive's ends, by path: both or neither, and every verdict within them. */
export function scaleEndsProblems(content: Pick<BackupContent, 'workspace' | 'ratings'>): Record<string, string[]> {
  const { ratingWorst, ratingBest } = content.workspace;
  if ((ratingWorst === null) !== (ratingBest === null)) return { 'workspace.ratingBest': ['Give both ends of the scale, or neither'] };
  const problems: Record<string, string[]> = {};
  for (const problem of boundsProblems(restoredScaleEnds(content), content.ratings)) {
    (problems[problem.field === 'worst' ? 'workspace.ratingWorst' : 'workspace.ratingBest'] ??= []).push(problem.message);
  }
  return problems;
}
