// One reproducible re-anchoring scenario: an article, claims described on it, and an edited
// version with ground truth. Shared by the accuracy unit test and the benchmark so both measure
// the same thing.

import { createOffsetIndex } from '../code-points';
import { describeRange } from '../selectors';
import type { AnchorableClaim, AnchorResult } from '../anchor';
import { generateArticle } from './article';
import type { ArticleModel } from './article';
import { countGrades, gradePlacement, pickClaimRanges } from './claims';
import type { ClaimSpan, Grade, GradeCounts } from './claims';
import { defaultEditCounts, generateEditSet } from './edit-set';
import type { EditSet } from './edit-set';
import { createRandom } from './random';

export type Scenario = {
  model: ArticleModel;
  text: string;
  ranges: ClaimSpan[];
  claims: AnchorableClaim[];
  edited: EditSet;
};

export function buildScenario(seed: number, wordCount: number, claimCount: number): Scenario {
  const random = createRandom(seed);
  const { model, text } = generateArticle(random, wordCount);
  const ranges = pickClaimRanges(random, model, claimCount);
  const claims = describeClaims(text, ranges);
  const edited = generateEditSet(seed + 1, model, text.length, defaultEditCounts(wordCount));
  return { model, text, ranges, claims, edited };
}

/** Describes UTF-16 ranges as stored claims (quote and code point position). */
export function describeClaims(text: string, ranges: readonly ClaimSpan[]): AnchorableClaim[] {
  const index = createOffsetIndex(text);
  return ranges.map(({ start, end }) => {
    const described = describeRange(text, start, end, index);
    if (!described.ok) throw new Error(`generated claim ${start}–${end} is invalid: ${described.reason}`);
    return { quote: described.quote, position: described.position };
  });
}

/** Grades anchoring results on the edited text against the edit set's ground truth. */
export function gradeResults(scenario: Scenario, results: readonly AnchorResult[]): { grades: Grade[]; counts: GradeCounts } {
  const grades = results.map((result, i) =>
    gradePlacement(scenario.text, scenario.edited.text, scenario.edited.originToNew, scenario.ranges[i] as ClaimSpan, result),
  );
  return { grades, counts: countGrades(grades) };
}
