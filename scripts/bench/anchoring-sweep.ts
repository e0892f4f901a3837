// A wider sweep of the re-anchoring over many seeds, listing every failure (a wrong placement,
// an unchanged claim orphaned) with its words, so a change to the matcher can be judged on sets
// it was not tuned on. Usage:
//   npx tsx scripts/bench/anchoring-sweep.ts [--seeds 1,2,3] [--words 50000] [--claims 1000] [--quiet]
import { reanchorAll } from '../../lib/core/anchoring/reanchor-all';
import { buildEditScenario, GENERATORS } from '../../lib/core/anchoring/testing/edit-scenarios';
import { CATEGORIES, emptyFigures, quality } from '../../lib/core/anchoring/testing/ground-truth';
import { measure } from '../../lib/core/anchoring/testing/measure';

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const seeds = (arg('--seeds') ?? '1,2,3,5,8,13,21,34').split(',').map(Number);
const words = Number(arg('--words') ?? 50_000);
const claimCount = Number(arg('--claims') ?? 1_000);
const quiet = process.argv.includes('--quiet');
const show = (text: string, start: number, end: number) =>
  `${JSON.stringify(text.slice(Math.max(0, start - 60), start))} [${JSON.stringify(text.slice(start, end))}] ${JSON.stringify(text.slice(end, end + 60))}`;

const all = emptyFigures();
let slowest = 0;
for (const generator of GENERATORS) {
  for (const seed of seeds) {
    const scenario = buildEditScenario(generator, seed, words, claimCount);
    const t0 = performance.now();
    const { figures, outcomes, results } = measure(scenario, reanchorAll);
    slowest = Math.max(slowest, performance.now() - t0);
    for (const category of CATEGORIES) for (const key of ['claims', 'right', 'wrong', 'orphaned'] as const) all[category][key] += figures[category][key];
    outcomes.forEach((outcome, i) => {
      const truth = scenario.truths[i]!;
      if (outcome === 'right' || (outcome === 'orphaned' && truth.category !== 'unchanged')) return;
      if (quiet) return console.log(`${generator} #${seed} claim ${i} ${truth.category} ${outcome}`);
      const range = scenario.ranges[i]!;
      const result = results[i]!;
      console.log(`\n== ${generator} seed ${seed} claim ${i}: ${truth.category}, ${outcome}`);
      console.log(`  old : ${show(scenario.text, range.start, range.end)}`);
      if (truth.span) console.log(`  true: ${show(scenario.edited.text, truth.span.start, truth.span.end)}`);
      if (result.state === 'anchored') console.log(`  got : ${result.method} ${show(scenario.edited.text, result.start, result.end)}`);
      else console.log(`  orphan ${result.reason}: ${result.detail ?? ''}${result.candidate ? `\n  cand: ${show(scenario.edited.text, result.candidate.start, result.candidate.end)}` : ''}`);
    });
  }
}
const q = quality(all);
for (const c of CATEGORIES) console.log(`${c.padEnd(10)} ${JSON.stringify(all[c])}`);
console.log(`wrong ${q.wrong}, unchanged orphaned ${q.unchangedOrphaned}, right ${(q.share * 100).toFixed(2)} % (${q.placedRight} of ${q.surviving}), slowest ${slowest.toFixed(0)} ms (incl. grading)`);
