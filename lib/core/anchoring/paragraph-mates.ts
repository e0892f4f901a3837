// A claim placed by the sentences of its old paragraph (step 4 of reanchor-all.ts, decision 013),
// when nothing else finds it: a paragraph moved and edited at once (a sentence inserted, another
// deleted) leaves runs too short for the word map to pair away from home (MIN_CHAIN), so a stock
// sentence in it ("The claim could not be independently verified.") is only one of dozens of
// copies. A longer sentence of the same paragraph, found exactly once in the new text on words
// the map gave to no one, says which paragraph is the old one; a single unclaimed copy of the
// quote in that paragraph, on the same side of that sentence as before, is the claim.

import type { AnchorableClaim, AnchoredClaim } from './anchor';
import { MIN_FAR_QUOTE_LENGTH } from './choose-match';
import type { TextMap, Tokens } from './text-map';

/** How many sentences of the old paragraph are tried as its witnesses. */
const MAX_MATES = 12;

/**
 * The claim's exact words in the new paragraph that holds its old paragraph's distinctive
 * sentences, when they agree on one paragraph and it holds one unclaimed copy of them on the
 * right side; undefined otherwise. `first`/`last` are the claim's old tokens [first, last).
 */
export function placeByParagraphMates(map: TextMap, newText: string, claim: AnchorableClaim, first: number, last: number): AnchoredClaim | undefined {
  const { old, sentenceEnds } = map;
  let p0 = first;
  while (p0 > 0 && !old.breaks[p0]) p0--;
  let p1 = last;
  while (p1 < old.length && !old.breaks[p1]) p1++;
  // The sentences of the paragraph outside the claim, with the side of the claim they stand on.
  const mates: [number, number, 1 | -1][] = [];
  for (let s = p0, i = p0; i < p1 && mates.length < MAX_MATES; i++) {
    if (!sentenceEnds.has(old.ids[i] as number) && i + 1 < p1) continue;
    if (i < first) mates.push([s, i, -1]);
    else if (s >= last) mates.push([s, i, 1]);
    s = i + 1;
  }
  let paragraph: [number, number] | undefined;
  for (const [s, e, side] of mates) {
    if ((old.ends[e] as number) - (old.starts[s] as number) < MIN_FAR_QUOTE_LENGTH) continue;
    let unpaired = true;
    for (let i = s; i <= e && unpaired; i++) if (map.oldToNew[i] !== -1) unpaired = false;
    if (!unpaired) continue;
    const at = onlyFreeCopy(map, s, e);
    if (at === undefined) continue;
    const here = paragraphAround(map.new, at);
    if (paragraph && (paragraph[0] !== here[0] || paragraph[1] !== here[1])) return undefined;
    paragraph = here;
    // The claim's copy must stand on the same side of this sentence as before.
    const copy = onlyCopyIn(map, newText, claim, here);
    if (copy === undefined) return undefined;
    const j = map.new.starts[at] as number;
    if (side === 1 ? copy + claim.quote.exact.length > j : copy < (map.new.ends[at + (e - s)] as number)) return undefined;
  }
  if (!paragraph) return undefined;
  const start = onlyCopyIn(map, newText, claim, paragraph) as number;
  return { state: 'anchored', method: 'quote', start, end: start + claim.quote.exact.length, score: 1 };
}

/** The new token where old tokens [s, e] occur, token for token, exactly once in the new text, on tokens the map gave to no one. */
function onlyFreeCopy(map: TextMap, s: number, e: number): number | undefined {
  const { ids } = map.new;
  const want = map.old.ids;
  let found: number | undefined;
  for (let j = 0; j + (e - s) < map.new.length; j++) {
    if (ids[j] !== want[s]) continue;
    let k = 1;
    while (k <= e - s && ids[j + k] === want[s + k]) k++;
    if (k <= e - s) continue;
    if (found !== undefined) return undefined;
    found = j;
  }
  if (found === undefined) return undefined;
  for (let j = found; j <= found + (e - s); j++) if (map.newToOld[j] !== -1) return undefined;
  return found;
}

/** The paragraph [start, end) of new tokens around token j. */
function paragraphAround(tokens: Tokens, j: number): [number, number] {
  let a = j;
  while (a > 0 && !tokens.breaks[a]) a--;
  let b = j + 1;
  while (b < tokens.length && !tokens.breaks[b]) b++;
  return [a, b];
}

/** The start of the single copy of the quote in new tokens [a, b) on words the map gave to no one. */
function onlyCopyIn(map: TextMap, newText: string, claim: AnchorableClaim, [a, b]: [number, number]): number | undefined {
  const from = map.new.starts[a] as number;
  const to = map.new.ends[b - 1] as number;
  const quote = claim.quote.exact;
  let found: number | undefined;
  for (let at = newText.indexOf(quote, from); at >= 0 && at + quote.length <= to; at = newText.indexOf(quote, at + 1)) {
    let free = true;
    for (let j = a; j < b && free; j++) {
      const s = map.new.starts[j] as number;
      if (s >= at && s < at + quote.length && map.newToOld[j] !== -1) free = false;
    }
    if (!free) continue;
    if (found !== undefined) return undefined;
    found = at;
  }
  return found;
}
