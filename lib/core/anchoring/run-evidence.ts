// Evidence from the word map that a short claim it paired whole is on its own words (step 1 of
// reanchor-all.ts, decision 013): unchanged words beside it that continue its run, across one
// edited word or one whole inserted sentence, or a whole sentence paired on its own amid
// rewritten ones. A short claim (a stock sentence) has copies all over the text; the map pairing
// one of them is trusted only when the text around it says so too.

import type { TextMap } from './text-map';

/** Unchanged tokens right beside a short claim (on one side at least) that confirm its place. */
export const CONFIRMING_TOKENS = 2;
/** A sentence inserted beside a claim is skipped only when shorter than this (tokens). */
const MAX_INSERTED_SENTENCE = 60;

/** How many tokens from `from` (stepping by `step`) are unchanged and continue the claim's run. */
export function unchangedRun(oldToNew: Int32Array, from: number, step: 1 | -1, edge: number): number {
  let expected = edge + step;
  let n = 0;
  for (let i = from; i >= 0 && i < oldToNew.length && oldToNew[i] === expected; i += step) {
    n++;
    expected += step;
    if (n >= CONFIRMING_TOKENS) break;
  }
  return n;
}

/**
 * Whether the claim is one whole sentence that the map paired, on its own, with a whole sentence
 * of the new text (a repeated sentence matched as the only copy inside the stretch between two
 * unchanged blocks, the sentences around it all rewritten): the new words around it are nobody's.
 */
export function wholeSentenceIsland(map: TextMap, first: number, last: number, jFirst: number, jLast: number): boolean {
  const { old, sentenceEnds, newToOld } = map;
  const isEnd = (ids: Int32Array, at: number) => at < 0 || sentenceEnds.has(ids[at] as number);
  if (!isEnd(old.ids, first - 1) || !isEnd(old.ids, last - 1) || !isEnd(map.new.ids, jFirst - 1)) return false;
  const unmatched = (array: Int32Array, at: number) => at < 0 || at >= array.length || array[at] === -1;
  // The full stop before it may have come along with it.
  const before = newToOld[jFirst - 1] === first - 1 ? jFirst - 2 : jFirst - 1;
  return unmatched(newToOld, before) && unmatched(newToOld, before - 1) && unmatched(newToOld, jLast + 1);
}

/**
 * Whether, past one edited word right beside the claim (a word inserted, deleted or replaced:
 * "had seized" → "reportedly seized", "schools were" → "schooed were"), the text goes on
 * unchanged and in line with the claim for CONFIRMING_TOKENS + 1 tokens. `from` is the old token
 * beside the claim, `edge` the new token of the claim's word on that side.
 */
export function runAcrossOneEdit(map: TextMap, from: number, step: 1 | -1, edge: number): boolean {
  const { oldToNew, newToOld } = map;
  const unmatchedOld = (i: number) => i >= 0 && i < oldToNew.length && oldToNew[i] === -1;
  const unmatchedNew = (j: number) => j >= 0 && j < newToOld.length && newToOld[j] === -1;
  for (const [skipOld, skipNew] of [[1, 1], [0, 1], [1, 0]] as const) {
    if (skipOld && !unmatchedOld(from)) continue;
    if (skipNew && !unmatchedNew(edge + step)) continue;
    // Neither side may cross a sentence end it skipped: the edit is inside the claim's sentence.
    if (skipNew && map.sentenceEnds.has(map.new.ids[edge + step] as number)) continue;
    if (skipOld && map.sentenceEnds.has(map.old.ids[from] as number)) continue;
    let n = 0;
    let i = from + step * skipOld;
    let j = edge + step * (1 + skipNew);
    while (i >= 0 && i < oldToNew.length && oldToNew[i] === j && n <= CONFIRMING_TOKENS) {
      n++;
      i += step;
      j += step;
    }
    if (n > CONFIRMING_TOKENS) return true;
  }
  return false;
}

/**
 * Whether, past whole sentences inserted right beside the claim (new tokens the map gave to no
 * one, ending at a sentence end), the text goes on unchanged and in line with the claim for
 * CONFIRMING_TOKENS + 1 tokens, and the claim's edge is a sentence end (start) as well. A stock
 * sentence opening a paragraph that was joined to the one before it, with a sentence inserted
 * after it ("¶The figures are disputed. The World Health Organization …" → "… last year. The
 * figures are disputed. The situation remains tense. The World Health Organization …"), is still
 * followed by its own paragraph. `from` is the old token beside the claim, `edge` the new token
 * of the claim's word on that side.
 */
export function runAcrossInsertedSentence(map: TextMap, from: number, step: 1 | -1, edge: number): boolean {
  const { oldToNew, newToOld, sentenceEnds } = map;
  if (from < 0 || from >= oldToNew.length) return false;
  const isEnd = (ids: Int32Array, at: number) => sentenceEnds.has(ids[at] as number);
  // The claim's own edge must be a sentence's: its last token a sentence end, or the token before its first one.
  if (!isEnd(map.old.ids, step === 1 ? from - 1 : from)) return false;
  let j = edge + step;
  let skipped = 0;
  // Skip unpaired new tokens up to (stepping forward: through; backward: to) a sentence end.
  while (j >= 0 && j < newToOld.length && newToOld[j] === -1 && skipped < MAX_INSERTED_SENTENCE) {
    j += step;
    skipped++;
  }
  if (skipped === 0 || j < 0 || j >= newToOld.length) return false;
  // What was skipped is whole sentences: it ends (forward) or the claim's side begins (backward) at a sentence end.
  if (!isEnd(map.new.ids, step === 1 ? j - 1 : j) || (step === -1 && !isEnd(map.new.ids, edge - 1))) return false;
  let n = 0;
  for (let i = from; i >= 0 && i < oldToNew.length && oldToNew[i] === j && n <= CONFIRMING_TOKENS; i += step, j += step) n++;
  return n > CONFIRMING_TOKENS;
}
