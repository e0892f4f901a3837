// Precision and recall of the scorer and of claim similarity on the labelled data, shared by
// the quality test (labelled-data.test.ts) and the bench (scripts/bench/suggestions-bench.ts).
import { compareClaims } from '../claim-similarity';
import { scoreCheckWorthiness } from '../score-check-worthiness';
import { loadLabelledArticles, loadLabelledPairs } from './labelled-data';

export type CurvePoint = { threshold: number; precision: number; recall: number; truePositives: number; falsePositives: number; positives: number };

/** Precision and recall of "suggest when the score is at least t", for each t. */
export function curve(items: readonly { score: number; positive: boolean }[], thresholds: readonly number[]): CurvePoint[] {
  const positives = items.filter((item) => item.positive).length;
  return thresholds.map((threshold) => {
    const chosen = items.filter((item) => item.score >= threshold);
    const truePositives = chosen.filter((item) => item.positive).length;
    const falsePositives = chosen.length - truePositives;
    return {
      threshold,
      precision: chosen.length === 0 ? 1 : truePositives / chosen.length,
      recall: positives === 0 ? 1 : truePositives / positives,
      truePositives,
      falsePositives,
      positives,
    };
  });
}

export function scoredSentences(): { score: number; positive: boolean; text: string; heldOut: boolean }[] {
  return loadLabelledArticles().flatMap((article) =>
    article.sentences.map((sentence) => ({
      score: scoreCheckWorthiness(sentence.text).score,
      positive: sentence.worthy,
      text: sentence.text,
      heldOut: article.heldOut,
    })),
  );
}

export function scoredPairs(): { score: number; positive: boolean; a: string; b: string; heldOut: boolean }[] {
  return loadLabelledPairs().map((pair) => ({ score: compareClaims(pair.a, pair.b).score, positive: pair.same, a: pair.a, b: pair.b, heldOut: pair.heldOut }));
}
