// Quality regression: the scorer and the similarity keep the precision they were chosen for on
// the hand-labelled data (bench prints the figures; decision 024 says how they were chosen).
import { describe, expect, test } from 'vitest';
import { SIMILARITY_THRESHOLD } from './claim-index';
import { WORTHINESS_THRESHOLD } from './score-check-worthiness';
import { splitSentences } from './split-sentences';
import { curve, scoredPairs, scoredSentences } from './testing/evaluate';
import { loadLabelledArticles } from './testing/labelled-data';

describe('quality on the labelled data', () => {
  test('there are at least 300 labelled sentences and 100 labelled pairs', () => {
    expect(scoredSentences().length).toBeGreaterThanOrEqual(300);
    expect(scoredPairs().length).toBeGreaterThanOrEqual(100);
  });

  test('the splitter cuts every labelled article into exactly its labelled sentences', () => {
    for (const article of loadLabelledArticles()) {
      expect(splitSentences(article.text).map((s) => s.text)).toEqual(article.sentences.map((s) => s.text));
    }
  });

  test('check-worthy suggestions keep precision ≥ 0.95 and recall ≥ 0.75 at the chosen threshold', () => {
    const [point] = curve(scoredSentences(), [WORTHINESS_THRESHOLD]);
    expect(point?.precision).toBeGreaterThanOrEqual(0.95);
    expect(point?.recall).toBeGreaterThanOrEqual(0.75);
  });

  test('"the same claim" keeps precision ≥ 0.95 and recall ≥ 0.85 at the chosen threshold', () => {
    const [point] = curve(scoredPairs(), [SIMILARITY_THRESHOLD]);
    expect(point?.precision).toBeGreaterThanOrEqual(0.95);
    expect(point?.recall).toBeGreaterThanOrEqual(0.85);
  });
});
