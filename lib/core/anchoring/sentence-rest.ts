// Whether the rest of a short claim's sentence is still there (decision 013, seventh amendment).
// A short claim that is part of a sentence ("Researchers at Oxford University", a template's
// subject) has look-alikes that open the same way. When its sentence was deleted and a look-alike
// put in its place, the map pairs the claim's words with the look-alike's and the unchanged
// sentence before them vouches for the place; only the rest of the sentence tells: the claim's
// sentence edited keeps most of it (paired, or retyped in place), another sentence does not.

import { LOOK_ALIKE, resemblance } from './resemblance';
import type { TextMap } from './text-map';

/** Tokens of its sentence outside the claim needed to judge whether the sentence is still there. */
const REST_WITNESSES = 3;

/**
 * The share of the rest of the claim's sentence (old tokens around [first, last) up to its
 * sentence ends or paragraph breaks) still recognisable in the new text, when the rest is at
 * least REST_WITNESSES tokens and below LOOK_ALIKE; else undefined (the sentence is still there,
 * or there is too little of it to tell).
 */
export function sentenceRestGone(map: TextMap, oldText: string, newText: string, first: number, last: number): number | undefined {
  const { old, sentenceEnds } = map;
  const isEnd = (at: number) => sentenceEnds.has(old.ids[at] as number);
  let s0 = first;
  while (s0 > 0 && !isEnd(s0 - 1) && !old.breaks[s0]) s0--;
  let s1 = last - 1;
  while (s1 + 1 < old.length && !isEnd(s1) && !old.breaks[s1 + 1]) s1++;
  if (first - s0 + (s1 - last + 1) < REST_WITNESSES) return undefined;
  const size = (from: number, to: number) => (to < from ? 0 : (old.ends[to] as number) - (old.starts[from] as number));
  const before = size(s0, first - 1);
  const after = size(last, s1);
  const found = (before > 0 ? before * resemblance(map, oldText, newText, s0, first - 1) : 0) + (after > 0 ? after * resemblance(map, oldText, newText, last, s1) : 0);
  const share = found / (before + after);
  return share < LOOK_ALIKE ? share : undefined;
}
