import { clsx } from 'clsx';
import type { RatingTone } from '@/lib/core/rating-scale/rating-scale';
import { toneStyle } from '@/components/claims/tone-style';

/**
 * The verdict label on the desk's colour for it, or else its tone's (white text: every tone, and
 * every colour a desk may choose, passes AA contrast under it; decision 040).
 */
export function VerdictBadge({ label, tone, color, large = false }: { label: string; tone: RatingTone; color: string | null; large?: boolean }) {
  return (
    <span
      className={clsx(`tone-${tone}`, 'inline-block rounded-md font-semibold text-white', large ? 'px-3 py-1.5 text-lg' : 'px-2 py-0.5 text-sm')}
      style={{ ...toneStyle({ tone, color }), background: 'var(--tone)' } as React.CSSProperties}
    >
      {label}
    </span>
  );
}
