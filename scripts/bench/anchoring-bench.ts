// Anchoring speed and accuracy on a generated 50,000-word article with 1,000 claims:
//   - describing the claims (selectors with code point positions),
//   - placing them on the unchanged text (target < 50 ms),
//   - re-anchoring them on a revised version (target < 500 ms), with accuracy counts.
// Deterministic (seeded), so figures compare across machines and commits.
// Runnable alone: npx tsx scripts/bench/anchoring-bench.ts
import { pathToFileURL } from 'node:url';
import { anchorAll } from '../../lib/core/anchoring/anchor-all';
import { createOffsetIndex } from '../../lib/core/anchoring/code-points';
import { describeRange } from '../../lib/core/anchoring/selectors';
import { buildScenario, gradeResults } from '../../lib/core/anchoring/testing/scenario';
import { medianMs } from './figure';

export type BenchFigure = { name: string; value: number; unit: string; target?: string };

const SEED = 20_251_125;
const WORDS = 50_000;
const CLAIMS = 1_000;
/** Runs per timing; the median is reported, after one warm-up run (JIT compilation). */

export async function benchAnchoring(): Promise<BenchFigure[]> {
  const scenario = buildScenario(SEED, WORDS, CLAIMS);
  const { text, ranges, claims, edited } = scenario;

  const describe = medianMs(() => {
    const index = createOffsetIndex(text);
    for (const { start, end } of ranges) describeRange(text, start, end, index);
  });
  const place = medianMs(() => anchorAll(text, claims));
  const reanchor = medianMs(() => anchorAll(edited.text, claims));

  const placed = gradeResults({ ...scenario, edited: identity(text) }, anchorAll(text, claims)).counts;
  const { counts } = gradeResults(scenario, anchorAll(edited.text, claims));
  const words = text.split(/\s+/).length;
  const { insertions, deletions, paragraphMoves, rewrites } = edited.applied;

  return [
    { name: `article: words / characters (UTF-16)`, value: words, unit: `words, ${text.length} chars` },
    { name: 'revision: insertions/deletions/moves/rewrites', value: insertions + deletions + paragraphMoves + rewrites, unit: `edits (${insertions}/${deletions}/${paragraphMoves}/${rewrites})` },
    { name: `describe ${CLAIMS} claims (selectors)`, value: round(describe), unit: 'ms' },
    { name: `anchor ${CLAIMS} claims, unchanged text`, value: round(place), unit: 'ms', target: '< 50 ms' },
    { name: 'unchanged text: claims on their own words', value: placed.right, unit: `of ${CLAIMS}`, target: `${CLAIMS}` },
    { name: `re-anchor ${CLAIMS} claims, revised text`, value: round(reanchor), unit: 'ms', target: '< 500 ms' },
    { name: 'revised text: right words', value: counts.right, unit: `of ${CLAIMS}` },
    { name: 'revised text: orphaned', value: counts.orphaned, unit: `of ${CLAIMS}` },
    { name: 'revised text: wrongly placed', value: counts.wrong, unit: `of ${CLAIMS}`, target: '0' },
  ];
}


/** Ground truth for the unchanged text: every character stays where it is. */
function identity(text: string) {
  return { text, originToNew: Int32Array.from({ length: text.length }, (_, i) => i), applied: { insertions: 0, deletions: 0, paragraphMoves: 0, rewrites: 0 } };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const figure of await benchAnchoring()) {
    const target = figure.target ? `  (target ${figure.target})` : '';
    console.log(`${figure.name.padEnd(48)} ${String(figure.value).padStart(8)} ${figure.unit}${target}`);
  }
}
