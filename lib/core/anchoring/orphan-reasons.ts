// Why a claim became an orphan, in words an editor reads: what was found and why it was not
// trusted. The reason code (OrphanReason) stays coarse for the API; the detail names the best
// candidate, its figures and the threshold it missed, and the candidate itself becomes the
// "Attach here?" suggestion the editor can accept with one click.

import type { OrphanedClaim } from './anchor';
import type { Choice } from './choose-match';
import { MAX_QUOTE_ERRORS, MIN_EVIDENCE, MIN_INTACT_SIDE, MIN_QUOTE_SIMILARITY } from './choose-match';
import type { TextQuoteSelector } from './selectors';

/** At most this many characters of a candidate are quoted in a reason. */
const EXCERPT = 60;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT ? `“${flat.slice(0, EXCERPT).trimEnd()}…”` : `“${flat}”`;
}

const two = (n: number) => n.toFixed(2);

export function orphanFromChoice(text: string, quote: TextQuoteSelector, choice: Extract<Choice, { ok: false }>): OrphanedClaim {
  const best = choice.best;
  const orphan: OrphanedClaim = { state: 'orphaned', reason: choice.reason };
  if (choice.bestScore !== undefined) orphan.bestScore = choice.bestScore;
  if (!best) {
    orphan.detail = 'Text deleted: nothing in the new version is within a quarter of its characters of the quote.';
    return orphan;
  }
  orphan.candidate = { start: best.start, end: best.end, score: best.score };
  const found = excerpt(text.slice(best.start, best.end));
  if (choice.reason === 'ambiguous') {
    orphan.detail =
      choice.rejected === 'still_here'
        ? `Quote found with its context at ${found} far from where it was, but similar words remain where it was; the context did not decide.`
        : `Quote found at ${choice.places ?? 2} places that fit about equally well (best ${found}, score ${two(best.score)}); the context did not decide.`;
    return orphan;
  }
  const errors = Math.round((1 - best.quoteScore) * quote.exact.length);
  if (choice.rejected === 'short') {
    orphan.detail = `Best match ${found} is exact but far from where the claim was, and a quote under 32 characters recurs by chance.`;
  } else if (choice.rejected === 'far') {
    orphan.detail = `Best match ${found} scored ${two(best.score)}, but it is not where the claim was expected, where only an exact match with its whole context is trusted.`;
  } else if (best.quoteScore < MIN_QUOTE_SIMILARITY || errors > MAX_QUOTE_ERRORS) {
    orphan.detail = `Best match ${found} is ${two(best.quoteScore)} like the quote, below ${two(MIN_QUOTE_SIMILARITY)} (${errors} characters differ).`;
  } else if (Math.max(best.prefixScore, best.suffixScore) < MIN_INTACT_SIDE) {
    orphan.detail = `Best match ${found} scored ${two(best.score)}, but the text on both sides of it changed (context ${two(Math.max(best.prefixScore, best.suffixScore))}, below ${two(MIN_INTACT_SIDE)}).`;
  } else if (!best.prefixConsistent || !best.suffixConsistent) {
    orphan.detail = `Best match ${found} scored ${two(best.score)}, but the rest of its sentence changed around it.`;
  } else {
    orphan.detail = `Best match ${found} scored ${two(best.evidence)}, below ${two(MIN_EVIDENCE)}.`;
  }
  return orphan;
}
