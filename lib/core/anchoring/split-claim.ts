// A claim split in two by a moved paragraph (reanchor-all.ts, decision 013): its words no longer
// in order, or the sentences it lost at an edge found elsewhere, is an orphan whose suggestion is
// the part still together ("Split: …"), not half a claim placed as if it were the whole.

import type { AnchorResult } from './anchor';
import { MIN_FAR_QUOTE_LENGTH } from './choose-match';
import { excerpt } from './orphan-reasons';
import type { TextMap } from './text-map';

/**
 * A claim whose surviving words are no longer in order (part of it moved away) and that was not
 * found whole: an orphan whose suggestion is its longest part still together.
 */
export function splitClaim(map: TextMap, newText: string, searched: AnchorResult, first: number, last: number): AnchorResult {
  if (searched.state === 'anchored' || searched.candidate) return searched;
  const { oldToNew } = map;
  let best: [number, number] | undefined;
  for (let i = first; i < last; ) {
    if (oldToNew[i] === -1) {
      i++;
      continue;
    }
    let k = i;
    while (k + 1 < last && oldToNew[k + 1] === (oldToNew[k] as number) + 1) k++;
    if (!best || k - i > best[1] - best[0]) best = [i, k];
    i = k + 1;
  }
  if (!best) return searched;
  const start = map.new.starts[oldToNew[best[0]] as number] as number;
  const end = map.new.ends[oldToNew[best[1]] as number] as number;
  const share = (map.old.ends[best[1]] as number) - (map.old.starts[best[0]] as number);
  const score = Math.round((share / ((map.old.ends[last - 1] as number) - (map.old.starts[first] as number))) * 1000) / 1000;
  return {
    state: 'orphaned',
    reason: 'low_score',
    bestScore: score,
    candidate: { start, end, score },
    detail: `Split: its words are no longer together; the longest part, ${excerpt(newText.slice(start, end))}, is here, the rest elsewhere in the text.`,
  };
}

/**
 * The sentences a claim (old tokens [first, last)) lost at its edges (before `firstKept`, after
 * `lastKept`), when one of them is found token for token (so straight or curly quotes, dashes
 * and line breaks do not matter), once, long enough to be sure, on words the map did not place:
 * they moved away (a paragraph split and moved), and the claim is split in two. Returns the
 * words found.
 */
export function lostSentencesElsewhere(map: TextMap, newText: string, first: number, firstKept: number, lastKept: number, last: number): string | undefined {
  for (const [from, to] of [[first, firstKept], [lastKept + 1, last]] as const) {
    if (to <= from) continue;
    const long = (map.old.ends[to - 1] as number) - (map.old.starts[from] as number) >= MIN_FAR_QUOTE_LENGTH;
    let found = long ? findTokensOnce(map, from, to, () => true) : -1;
    if (found >= 0 && map.newToOld[found] !== -1) found = -1;
    // A stock sentence recurs too often to be found once, but split off and moved it stands as a
    // paragraph of its own, on words the map gave to no one: found exactly once so, it moved.
    if (found < 0) found = findTokensOnce(map, from, to, (j) => movedParagraph(map, j, j + to - from));
    if (found >= 0) return newText.slice(map.new.starts[found], map.new.ends[found + to - from - 1]);
  }
  return undefined;
}

/** Whether new tokens [j, end) are a whole paragraph none of whose words the map paired. */
function movedParagraph(map: TextMap, j: number, end: number): boolean {
  const { breaks } = map.new;
  if (!(j === 0 || breaks[j]) || !(end === map.new.length || breaks[end])) return false;
  for (let k = j; k < end; k++) if (map.newToOld[k] !== -1) return false;
  return true;
}

/** Where old tokens [from, to) occur in the new text at a place that `counts`, when exactly once; else -1. */
function findTokensOnce(map: TextMap, from: number, to: number, counts: (j: number) => boolean): number {
  const { old, new: tokens } = map;
  let found = -1;
  for (let j = 0; j + to - from <= tokens.length; j++) {
    let same = true;
    for (let i = from; i < to && same; i++) same = tokens.ids[j + i - from] === old.ids[i];
    if (!same || !counts(j)) continue;
    if (found >= 0) return -1;
    found = j;
  }
  return found;
}
