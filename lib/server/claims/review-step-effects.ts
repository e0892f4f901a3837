import 'server-only';
import type { ReviewStep } from '@/lib/core/review/claim-review-rules';
import type { ClaimChange } from './record-events';

export type KindedChange = { kind: string; change: ClaimChange };

// The history kind of a status change, by review step: what the timeline says happened.
const statusEventKind: Record<ReviewStep, string> = {
  edit: 'updated',
  propose: 'proposed',
  approve: 'approved',
  withdraw: 'withdrawn',
  correct: 'updated',
  unpublish: 'unpublished',
};

/**
 * The history rows of a change. A correction's verdict and explanation rows are kind
 * `corrected` with the reason: the public page reads corrections as exactly those rows.
 */
export function reviewStepEvents(
  step: ReviewStep,
  changes: { status: ClaimChange | null; verdict: ClaimChange | null; text: ClaimChange[] },
  correctionReason: string | undefined,
): KindedChange[] {
  const events: KindedChange[] = [];
  if (changes.status) events.push({ kind: statusEventKind[step], change: changes.status });
  const corrected = (change: ClaimChange): KindedChange =>
    step === 'correct' ? { kind: 'corrected', change: { ...change, reason: correctionReason ?? null } } : { kind: 'updated', change };
  if (changes.verdict) events.push(corrected(changes.verdict));
  for (const change of changes.text) events.push(change.field === 'explanation' ? corrected(change) : { kind: 'updated', change });
  return events;
}

/** The review columns a step sets: who proposed, who approved and when, when corrected. */
export function reviewStepFields(step: ReviewStep, proposerId: string | null, actorId: string, now: Date) {
  switch (step) {
    case 'approve':
      return { proposedById: proposerId, approvedById: actorId, approvedAt: now, publishedAt: now };
    case 'propose':
      return { proposedById: proposerId };
    case 'correct':
      return { correctedAt: now };
    default:
      return {};
  }
}
