// Grades a re-anchoring function on an edit scenario, per category (ground-truth.ts).

import type { AnchorableClaim, AnchorResult } from '../anchor';
import type { EditScenario } from './edit-scenarios';
import { emptyFigures, gradeOutcome, tally } from './ground-truth';
import type { Figures, Outcome } from './ground-truth';
import { describeClaims } from './scenario';

/** Re-anchors `claims` (described on `oldText`) onto `newText`. */
export type Reanchor = (oldText: string, newText: string, claims: readonly AnchorableClaim[]) => readonly AnchorResult[];

export type Measured = { figures: Figures; outcomes: Outcome[]; results: readonly AnchorResult[]; claims: AnchorableClaim[] };

export function measure(scenario: EditScenario, reanchor: Reanchor): Measured {
  const claims = describeClaims(scenario.text, scenario.ranges);
  const results = reanchor(scenario.text, scenario.edited.text, claims);
  const outcomes = results.map((result, i) => gradeOutcome(scenario.truths[i]!, result));
  return { figures: tally(emptyFigures(), scenario.truths, outcomes), outcomes, results, claims };
}
