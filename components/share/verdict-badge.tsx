import { clsx } from 'clsx';
import type { RatingTone } from '@/lib/core/rating-scale/rating-scale';

/** The verdict label on its tone's colour (white text: every tone passes AA contrast on it). */
export function VerdictBadge({ label, tone, large = false }: { label: string; tone: RatingTone; large?: boolean }) {
  return (
    <span
      className={clsx(`tone-${tone}`, 'inline-block rounded-md font-semibold text-white', large ? 'px-3 py-1.5 text-lg' : 'px-2 py-0.5 text-sm')}
      style={{ background: 'var(--tone)' }}
    >
      {label}
    </span>
  );
}
