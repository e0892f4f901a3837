// Is this sentence worth a fact-checker's time? A score with its reasons, never a verdict: a
// suggestion is a faint mark a person accepts or dismisses. Signals and weights live in
// worthiness-signals.ts; the threshold is chosen on the labelled articles (decision 024).
import { SIGNALS } from './worthiness-signals';
import type { SignalKind } from './worthiness-signals';

export type WorthinessReason = {
  kind: SignalKind;
  /** Positive for what makes a sentence checkable, negative for what makes it not. */
  weight: number;
  /** What the checker reads: "contains a statistic: 43%", "a question, not a claim". */
  text: string;
};

export type Worthiness = {
  /** Sum of the signals' weights; `worthy` when at least `WORTHINESS_THRESHOLD`. */
  score: number;
  worthy: boolean;
  /** Strongest first, positive reasons before negative ones. */
  reasons: WorthinessReason[];
};

/**
 * The lowest score suggested. Chosen on fixtures/articles for precision first: a wrong
 * suggestion costs a checker's attention on every import, a missed one costs nothing they do
 * not already do by reading. The bench prints precision and recall around it.
 */
export const WORTHINESS_THRESHOLD = 2;

export function scoreCheckWorthiness(sentence: string, threshold = WORTHINESS_THRESHOLD): Worthiness {
  const text = sentence.trim();
  const reasons: WorthinessReason[] = [];
  for (const signal of SIGNALS) {
    const evidence = signal.find(text);
    if (evidence !== null) reasons.push({ kind: signal.kind, weight: signal.weight, text: signal.describe(evidence) });
  }
  reasons.sort((a, b) => Math.sign(b.weight) - Math.sign(a.weight) || Math.abs(b.weight) - Math.abs(a.weight));
  const score = reasons.reduce((total, reason) => total + reason.weight, 0);
  return { score, worthy: score >= threshold, reasons };
}
