// Correction requests (interventions, decision 039): the desk asked someone to correct a claim.
// Pure: the values, their labels, age and median figures, and when a new version of the story
// flags an open request "publisher may have corrected: confirm". No zod here: client components
// import the labels.

import type { Channel, FlagReason, Outcome, RecipientKind } from '@/lib/validations/correction-request-values';

export { channels, flagReasons, outcomes, recipientKinds } from '@/lib/validations/correction-request-values';
export type { Channel, FlagReason, Outcome, RecipientKind } from '@/lib/validations/correction-request-values';

export const recipientKindLabels: Record<RecipientKind, string> = {
  claimant: 'The claimant',
  publisher: 'The publisher',
  regulator: 'A regulator',
  other: 'Someone else',
};

export const channelLabels: Record<Channel, string> = {
  email: 'Email',
  form: 'Web form',
  social: 'Social media',
  letter: 'Letter',
  other: 'Other',
};

export const outcomeLabels: Record<Outcome, string> = {
  pending: 'Awaiting an answer',
  corrected: 'Corrected',
  clarified: 'Clarified',
  removed: 'Removed',
  declined: 'Declined',
  no_answer: 'No answer',
};

export const flagReasonLabels: Record<FlagReason, string> = {
  moved: 'the text around the claim changed in a new version of the story',
  changed: 'the claim’s words changed in a new version of the story',
  orphaned: 'the claim’s words are gone from a new version of the story',
};

export const FLAG_MESSAGE = 'Publisher may have corrected: confirm';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (never negative): a request's age, or its time to a response. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/** The median of a list of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** What a claim looks like right after a new version was re-anchored (decision 013). */
export type ReanchoredClaim = {
  anchorState: 'anchored' | 'orphaned';
  /** position, quote, fuzzy, manual, created, orphaned */
  anchorMethod: string;
  /** The claim now points into the new version. */
  onNewVersion: boolean;
  /**
   * Its words with their context (prefix + exact + suffix, as read from the new version) were
   * already in the previous version: only other parts of the story changed (see passageKept).
   */
  contextKept: boolean;
};

/** Whether the claim's words with their context, as they stand now, were in the previous text word for word. */
export function passageKept(previousText: string, claim: { prefix: string; exact: string; suffix: string }): boolean {
  return previousText.includes(claim.prefix + claim.exact + claim.suffix);
}

/**
 * Whether a new version suggests the publisher acted on a request about this claim: its words
 * were not found (orphaned), found only approximately (changed: the words differ), or found but
 * with the text around them rewritten (moved: a sentence added or cut next to it). A claim whose
 * words and context were already in the previous text only shifted because of edits elsewhere
 * in the story: nothing happened to it.
 */
export function flagReasonFor(claim: ReanchoredClaim): FlagReason | null {
  if (claim.anchorState === 'orphaned') return 'orphaned';
  if (!claim.onNewVersion) return null;
  if (claim.anchorMethod === 'fuzzy') return 'changed';
  return claim.contextKept ? null : 'moved';
}

export function isOpen(outcome: Outcome): boolean {
  return outcome === 'pending';
}
