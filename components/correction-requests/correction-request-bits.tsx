import { clsx } from 'clsx';
import { FLAG_MESSAGE, flagReasonLabels, outcomeLabels, type Outcome } from '@/lib/core/correction-requests/correction-requests';
import type { CorrectionRequestDto } from '@/lib/validations/correction-request';

const outcomeTones: Record<Outcome, string> = {
  pending: 'bg-amber-100 text-amber-900',
  corrected: 'bg-emerald-100 text-emerald-900',
  clarified: 'bg-emerald-100 text-emerald-900',
  removed: 'bg-emerald-100 text-emerald-900',
  declined: 'bg-red-100 text-red-900',
  no_answer: 'bg-stone-200 text-stone-800',
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return <span className={clsx('rounded px-1.5 py-0.5 text-xs font-semibold', outcomeTones[outcome])}>{outcomeLabels[outcome]}</span>;
}

/** "waiting 12 days" while open; "answered after 3 days" once answered. */
export function ageText(request: Pick<CorrectionRequestDto, 'open' | 'ageDays' | 'respondedAt'>): string {
  const days = `${request.ageDays} ${request.ageDays === 1 ? 'day' : 'days'}`;
  if (request.respondedAt) return `answered after ${days}`;
  return request.open ? `waiting ${days}` : `closed after ${days}`;
}

export function FlagNotice({ flag }: { flag: NonNullable<CorrectionRequestDto['flag']> }) {
  return (
    <p role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-amber-950">
      <strong>{FLAG_MESSAGE}</strong> — {flagReasonLabels[flag.reason]}
      {flag.versionNumber ? ` (version ${flag.versionNumber})` : ''}.
    </p>
  );
}
