// Suggested claims on import (issue 11): quality on the hand-labelled data and speed.
//   - precision and recall of check-worthy suggestions on the labelled sentences, at the
//     chosen threshold and around it;
//   - precision and recall of "the same claim" on the labelled pairs (precision ≥ 0.95);
//   - suggestions for a 2,000-word article against 20,000 published claims (target < 300 ms).
// Deterministic (seeded claims, fixed fixtures). Runnable alone: npx tsx scripts/bench/suggestions-bench.ts
import { pathToFileURL } from 'node:url';
import { createClaimIndex, searchKey, SIMILARITY_THRESHOLD } from '../../lib/core/suggestions/claim-index';
import { WORTHINESS_THRESHOLD } from '../../lib/core/suggestions/score-check-worthiness';
import { splitSentences } from '../../lib/core/suggestions/split-sentences';
import { suggestClaims } from '../../lib/core/suggestions/suggest-claims';
import type { PublishedClaim } from '../../lib/core/suggestions/suggest-claims';
import { curve, scoredPairs, scoredSentences } from '../../lib/core/suggestions/testing/evaluate';
import type { CurvePoint } from '../../lib/core/suggestions/testing/evaluate';
import { generatePublishedClaims } from '../../lib/core/suggestions/testing/generated-claims';
import { loadLabelledArticles, loadLabelledPairs } from '../../lib/core/suggestions/testing/labelled-data';
import { medianMs, printFigures } from './figure';
import type { Figure } from './figure';

const PUBLISHED = 20_000;
const ARTICLE_WORDS = 2_000;

export async function benchSuggestions(): Promise<Figure[]> {
  return [...worthinessFigures(), ...similarityFigures(), ...speedFigures()];
}

function worthinessFigures(): Figure[] {
  const sentences = scoredSentences();
  const heldOut = sentences.filter((s) => s.heldOut);
  const points = curve(sentences, [1, 1.5, WORTHINESS_THRESHOLD, 2.5, 3]);
  const articles = loadLabelledArticles();
  const found = articles.reduce((n, a) => n + a.sentences.filter((s) => splitSentences(a.text).some((x) => x.text === s.text)).length, 0);
  return [
    { name: 'labelled sentences (check-worthy / all)', value: sentences.filter((s) => s.positive).length, unit: `of ${sentences.length}` },
    { name: 'labelled sentences the splitter cuts exactly', value: found, unit: `of ${sentences.length}` },
    ...points.flatMap((p) => pointFigures('check-worthy', p, p.threshold === WORTHINESS_THRESHOLD, 'score ≥')),
    ...heldOutFigures('check-worthy', heldOut, WORTHINESS_THRESHOLD),
  ];
}

function similarityFigures(): Figure[] {
  const pairs = scoredPairs();
  const points = curve(pairs, [0.35, 0.4, 0.45, SIMILARITY_THRESHOLD, 0.55, 0.6]);
  return [
    { name: 'labelled claim pairs (same claim / all)', value: pairs.filter((p) => p.positive).length, unit: `of ${pairs.length}` },
    ...points.flatMap((p) => pointFigures('same claim', p, p.threshold === SIMILARITY_THRESHOLD, 'similarity ≥')),
    ...heldOutFigures('same claim', pairs.filter((p) => p.heldOut), SIMILARITY_THRESHOLD),
  ];
}

/** The part never tuned on (fixtures/README.md): small, but the honest estimate. */
function heldOutFigures(what: string, items: { score: number; positive: boolean }[], threshold: number): Figure[] {
  const [point] = curve(items, [threshold]);
  if (!point) return [];
  return [
    { name: `${what}, held out (${items.length}): precision at ${threshold}`, value: round(point.precision, 3), unit: `(${point.truePositives} right, ${point.falsePositives} wrong)` },
    { name: `${what}, held out (${items.length}): recall at ${threshold}`, value: round(point.recall, 3), unit: `(of ${point.positives})` },
  ];
}

function pointFigures(what: string, point: CurvePoint, chosen: boolean, label: string): Figure[] {
  const mark = chosen ? ' (chosen)' : '';
  return [
    {
      name: `${what}: precision at ${label} ${point.threshold}${mark}`,
      value: round(point.precision, 3),
      unit: `(${point.truePositives} right, ${point.falsePositives} wrong)`,
      target: chosen && what === 'same claim' ? '≥ 0.95' : undefined,
    },
    { name: `${what}: recall at ${label} ${point.threshold}${mark}`, value: round(point.recall, 3), unit: `(of ${point.positives})` },
  ];
}

function speedFigures(): Figure[] {
  const article = benchArticle();
  // The desk's earlier claims: generated ones, plus the statements of the labelled pairs so
  // that some sentences of the article really were checked before.
  const labelled = loadLabelledPairs().map((pair, i): PublishedClaim => ({ id: `labelled-${i}`, statement: pair.b, verdictLabel: 'False', publishedAt: '2026-05-03T10:00:00Z' }));
  const statements = [...labelled, ...generatePublishedClaims(PUBLISHED - labelled.length)];
  // As stored: each published claim with its search key, computed once when it is published.
  const claims = statements.map((claim) => ({ ...claim, searchKey: searchKey(claim.statement) }));
  const fromStatements = medianMs(() => createClaimIndex(statements), 3);
  const fromKeys = medianMs(() => createClaimIndex(claims));
  const index = createClaimIndex(claims);
  const suggest = medianMs(() => suggestClaims(article, { published: index }));
  const endToEnd = medianMs(() => suggestClaims(article, { published: createClaimIndex(claims) }));
  const suggestions = suggestClaims(article, { published: index });
  const words = article.split(/\s+/u).length;
  return [
    { name: 'article: words / sentences', value: words, unit: `words, ${splitSentences(article).length} sentences` },
    { name: `index ${claims.length} claims from their statements (no stored keys)`, value: round(fromStatements, 1), unit: 'ms' },
    { name: `index ${claims.length} claims from stored search keys`, value: round(fromKeys, 1), unit: 'ms' },
    { name: `suggestions for the article, index already built`, value: round(suggest, 1), unit: 'ms' },
    { name: `suggestions for the article against ${claims.length} claims (index + suggest)`, value: round(endToEnd, 1), unit: 'ms', target: '< 300 ms' },
    { name: 'suggestions: check-worthy / already checked', value: suggestions.length, unit: `(${suggestions.filter((s) => s.kind === 'check-worthy').length} / ${suggestions.filter((s) => s.kind === 'already-checked').length})` },
  ];
}

/** The labelled articles, paragraph by paragraph, until the text has 2,000 words. */
function benchArticle(): string {
  const paragraphs = loadLabelledArticles().flatMap((article) => article.text.split('\n\n'));
  const chosen: string[] = [];
  let words = 0;
  for (const paragraph of paragraphs) {
    if (words >= ARTICLE_WORDS) break;
    chosen.push(paragraph);
    words += paragraph.split(/\s+/u).length;
  }
  return chosen.join('\n\n');
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printFigures('Suggested claims (Node)', await benchSuggestions());
}
