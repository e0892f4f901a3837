import type { VerdictPaint } from '@/lib/core/rating-scale/rating-scale';

/**
 * A verdict's chosen colour as the `--tone` the highlight and dot styles read (app/globals.css),
 * set on the element so it wins over its `tone-*` class; nothing when it has none.
 */
export function toneStyle(paint: VerdictPaint | undefined): { '--tone': string } | undefined {
  return paint?.color ? { '--tone': paint.color } : undefined;
}
