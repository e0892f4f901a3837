// Shows the word map around one claim of a generated edit set (a debugging aid for sweeps):
//   npx tsx scripts/bench/anchoring-debug-claim.ts <generator> <seed> <claim> [tokens shown on each side] [words] [claims]
import { reanchorAll } from '../../lib/core/anchoring/reanchor-all';
import { mapText, tokenAt } from '../../lib/core/anchoring/text-map';
import { buildEditScenario } from '../../lib/core/anchoring/testing/edit-scenarios';
import type { GeneratorName } from '../../lib/core/anchoring/testing/edit-scenarios';
import { describeClaims } from '../../lib/core/anchoring/testing/scenario';

const [generator, seedText, claimText, spanText, wordsText, claimsText] = process.argv.slice(2);
const scenario = buildEditScenario(generator as GeneratorName, Number(seedText), Number(wordsText ?? 50_000), Number(claimsText ?? 1_000));
const index = Number(claimText);
const range = scenario.ranges[index]!;
const map = mapText(scenario.text, scenario.edited.text);
const span = Number(spanText ?? 40);
const word = (text: string, tokens: typeof map.old, i: number) => text.slice(tokens.starts[i], tokens.ends[i]);
const first = tokenAt(map.old, range.start);
let last = first;
while (last < map.old.length && map.old.starts[last]! < range.end) last++;
console.log(`claim tokens [${first}, ${last}) truth ${JSON.stringify(scenario.truths[index])}`);
const truth = scenario.truths[index]!.span;
const tFirst = truth ? tokenAt(map.new, truth.start) : -1;
console.log('OLD:');
for (let i = Math.max(0, first - span); i < Math.min(map.old.length, last + span); i++) {
  const mark = i >= first && i < last ? '*' : ' ';
  console.log(`${mark}${map.old.breaks[i] ? '¶' : ' '} ${i} ${JSON.stringify(word(scenario.text, map.old, i))} -> ${map.oldToNew[i]}`);
}
console.log('NEW around truth:');
if (tFirst >= 0) for (let j = Math.max(0, tFirst - span); j < Math.min(map.new.length, tFirst + span); j++) {
  console.log(`${map.new.breaks[j] ? '¶' : ' '} ${j} ${JSON.stringify(word(scenario.edited.text, map.new, j))} <- ${map.newToOld[j]}`);
}
const claims = describeClaims(scenario.text, scenario.ranges);
const result = reanchorAll(scenario.text, scenario.edited.text, claims)[index];
console.log(JSON.stringify(result));
const quote = scenario.text.slice(range.start, range.end);
let at = -1;
while ((at = scenario.edited.text.indexOf(quote, at + 1)) >= 0) {
  const j = tokenAt(map.new, at);
  console.log(`copy at ${at} token ${j} owners ${Array.from(map.newToOld.slice(j, j + 3)).join(',')} ${JSON.stringify(scenario.edited.text.slice(Math.max(0, at - 50), at + quote.length + 30))}`);
}
