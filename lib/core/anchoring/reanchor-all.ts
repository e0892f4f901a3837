// Re-anchoring every claim of a version onto the next version, knowing both texts. The word map
// between the two (text-map.ts) says where each old word went, so (decision 013):
//   1. a claim whose words are all still there, together and in order, is placed on exactly
//      them (position when nothing before it changed, else quote; fuzzy when only quotes,
//      dashes or whitespace inside it changed) — provided the map vouches for the place: the
//      run of unchanged words around it reaches past the claim (also past one edited word
//      beside it), or the claim is long, or it is a whole sentence paired on its own amid
//      rewritten sentences, or the rest of its sentence is still recognisably around it; and a
//      short claim whose sentence's rest is barely recognisable is on a look-alike: an orphan
//      (sentence-rest.ts);
//   2. a claim that lost whole sentences, or had whole sentences inserted inside it, is placed
//      on the rest, if enough is left;
//   3. a claim whose words partly survive, in order and close together, is placed from its
//      first to its last surviving word, a replaced word at either edge included (fuzzy) —
//      when at least MIN_SURVIVING of its characters survive and its sentence is at least half
//      recognisable there, no extra new word at an edge makes the edited word ambiguous, and
//      it is not a whole sentence put on part of one while its exact words are elsewhere;
//      else it is an orphan and the survivors are offered as the suggestion;
//   4. any other claim is searched for (search-between-borders.ts): a long quote found once in
//      the whole text (not when the words that bordered it now stand side by side and its
//      copy's sentence is another: it was deleted), else between the unchanged words that
//      bordered it (exact, then approximate: anchor.ts), else at the same distance from the one that stayed, else only
//      a perfect match of a long quote. Words the map gives to another old passage
//      are never taken; else beside a distinctive sentence of its old paragraph found once
//      (paragraph-mates.ts). What is not found is an orphan with its reason and, when there was
//      one, the best rejected candidate.
// Then the sentences at the edges of a claim of several sentences (resemblance.ts): an edited
// one left out is taken in; a doubtful one (edited, or a look-alike in its place) makes the
// claim an orphan with its placement as the suggestion — a wrong place is worse than none.
// A claim split by a moved paragraph (its lost sentences found elsewhere, or its words out of
// order) is an orphan whose suggestion is the part still together ("Split: …").
// Claims whose quote is not at their position in `oldText` (made on another version) are
// re-anchored by anchorAll, without the map.

import { anchorAll } from './anchor-all';
import type { AnchorableClaim, AnchorResult, AnchoredClaim } from './anchor';
import { createOffsetIndex } from './code-points';
import type { OffsetIndex } from './code-points';
import { excerpt } from './orphan-reasons';
import { EDITED_SENTENCE, judgeEdgeSentences, LOOK_ALIKE, near, resemblance, sentenceVouches } from './resemblance';
import { mapText, sentenceAround, tokenAt } from './text-map';
import { searchBetweenBorders } from './search-between-borders';
import { sentenceRestGone } from './sentence-rest';
import { lostSentencesElsewhere, splitClaim } from './split-claim';
import { CONFIRMING_TOKENS, runAcrossInsertedSentence, runAcrossOneEdit, unchangedRun, wholeSentenceIsland } from './run-evidence';
import { editDistance } from './text-search';
import type { TextMap } from './text-map';

/** Share of a claim's characters (in words and punctuation) that must survive for it to be placed on them. */
export const MIN_SURVIVING = 0.6;
/** A sentence at a claim's edge with less than this share of its characters left, cut off by a new paragraph break, is not the claim's. */
const MIN_SENTENCE_KEPT = 0.5;
/** A claim that lost whole sentences is placed on the rest if at least this share of it is left. */
const MIN_KEPT_SENTENCES = 0.3;
/** Below this share of surviving characters, the survivors are not offered as a suggestion. */
const MIN_SUGGESTED = 0.3;
/** A claim this many tokens long vouches for itself; a shorter one needs unchanged words beside it. */
const SELF_EVIDENT_TOKENS = 8;
/** Quotes longer than this are compared word by word only (edit distance is quadratic). */
const MAX_COMPARED = 600;

export function reanchorAll(oldText: string, newText: string, claims: readonly AnchorableClaim[]): AnchorResult[] {
  const oldIndex = createOffsetIndex(oldText);
  const newIndex = createOffsetIndex(newText);
  const onOld = claims.map((claim) => {
    if (!claim.position) return undefined;
    const start = oldIndex.toUtf16(claim.position.start);
    return oldText.startsWith(claim.quote.exact, start) && claim.quote.exact.trim() !== '' ? start : undefined;
  });
  const elsewhere = claims.map((claim, i) => (onOld[i] === undefined ? i : -1)).filter((i) => i >= 0);
  const fallback = elsewhere.length > 0 ? anchorAll(newText, elsewhere.map((i) => claims[i] as AnchorableClaim)) : [];
  const results: AnchorResult[] = new Array(claims.length);
  elsewhere.forEach((i, k) => (results[i] = fallback[k] as AnchorResult));
  if (elsewhere.length === claims.length) return results;

  const map = mapText(oldText, newText);
  claims.forEach((claim, i) => {
    const start = onOld[i];
    if (start === undefined) return;
    results[i] = placeClaim(map, oldText, newText, newIndex, claim, start, start + claim.quote.exact.length);
  });
  return results;
}

/**
 * placeByMap, then a look at the sentences at the claim's edges (resemblance.ts): an edited one
 * left out is taken in; a doubtful one (an edited sentence or a look-alike put in its place)
 * makes the claim an orphan, its placement offered as the suggestion.
 */
function placeClaim(map: TextMap, oldText: string, newText: string, newIndex: OffsetIndex, claim: AnchorableClaim, start: number, end: number): AnchorResult {
  const result = placeByMap(map, oldText, newText, newIndex, claim, start, end);
  if (result.state !== 'anchored') return result;
  const first = tokenAt(map.old, start);
  let last = first;
  while (last < map.old.length && (map.old.starts[last] as number) < end) last++;
  const verdict = judgeEdgeSentences(map, oldText, newText, first, last, result.start, result.end);
  if (verdict.kind === 'keep') return result;
  if (verdict.kind === 'reshape') return placed(newText, newIndex, claim, verdict.start, verdict.end, result.score ?? 1);
  const score = result.score ?? 1;
  return {
    state: 'orphaned',
    reason: 'low_score',
    bestScore: score,
    candidate: { start: result.start, end: result.end, score },
    detail: `Its sentence ${excerpt(verdict.sentence)} was rewritten: ${Math.round(verdict.share * 100)}% of it is still recognisable, too little to be sure it is still that sentence and not another like it (at least ${Math.round(EDITED_SENTENCE * 100)}%).`,
  };
}

function placeByMap(map: TextMap, oldText: string, newText: string, newIndex: OffsetIndex, claim: AnchorableClaim, start: number, end: number): AnchorResult {
  const { old, oldToNew, newToOld } = map;
  const first = tokenAt(old, start);
  let last = first;
  while (last < old.length && (old.starts[last] as number) < end) last++;
  // [first, last) are the claim's tokens.
  let total = 0;
  let survived = 0;
  let firstKept = -1;
  let lastKept = -1;
  let inOrder = true;
  let contiguous = true;
  const length = (i: number) => (old.ends[i] as number) - (old.starts[i] as number);
  for (let i = first; i < last; i++) {
    total += length(i);
    const j = oldToNew[i] as number;
    if (j < 0) continue;
    survived += length(i);
    if (lastKept >= 0) {
      const previous = oldToNew[lastKept] as number;
      if (j <= previous) inOrder = false;
      if (j !== previous + 1 || i !== lastKept + 1) contiguous = false;
    }
    if (firstKept < 0) firstKept = i;
    lastKept = i;
  }
  if (total === 0 || firstKept < 0) return searchBetweenBorders(map, newText, claim, first, last);
  if (!inOrder) return splitClaim(map, newText, searchBetweenBorders(map, newText, claim, first, last), first, last);
  const ends = map.sentenceEnds;
  // A sentence of the claim replaced by one that opens or ends alike ("The health ministry …"
  // → "The central bank …") keeps only that word or full stop: a lone run of one or two tokens
  // at an edge, cut off from the rest by a sentence end, is the other sentence's.
  const runEnd = (i: number) => {
    let k = i;
    while (k + 1 <= lastKept && oldToNew[k + 1] !== -1 && oldToNew[k + 1] === (oldToNew[k] as number) + 1) k++;
    return k;
  };
  const runStart = (i: number) => {
    let k = i;
    while (k - 1 >= firstKept && oldToNew[k - 1] !== -1 && oldToNew[k - 1] === (oldToNew[k] as number) - 1) k--;
    return k;
  };
  const nextKept = (i: number) => {
    let k = i;
    while (k <= lastKept && oldToNew[k] === -1) k++;
    return k;
  };
  const previousKept = (i: number) => {
    let k = i;
    while (k >= firstKept && oldToNew[k] === -1) k--;
    return k;
  };
  // Likewise a sentence at an edge of which less than half survives, in words now in another
  // paragraph than the rest of the claim (a paragraph break between them that the old text did
  // not have): those are words another sentence shares; the claim is the sentences that survived.
  const keptShare = (from: number, to: number) => {
    let all = 0;
    let kept = 0;
    for (let i = from; i <= to; i++) {
      all += length(i);
      if (oldToNew[i] !== -1) kept += length(i);
    }
    return all === 0 ? 1 : kept / all;
  };
  const newBreakBetween = (i: number, k: number) => {
    for (let j = (oldToNew[i] as number) + 1; j <= (oldToNew[k] as number); j++) if (map.new.breaks[j]) return true;
    return false;
  };
  const oldBreakBetween = (i: number, k: number) => {
    for (let t = i + 1; t <= k; t++) if (old.breaks[t]) return true;
    return false;
  };
  for (let e = firstKept; e < lastKept; e++) {
    if (!ends.has(old.ids[e] as number)) continue;
    const previous = previousKept(e);
    const next = nextKept(e + 1);
    if (next > lastKept || previous < firstKept || keptShare(first, e) >= MIN_SENTENCE_KEPT) break;
    if (!newBreakBetween(previous, next) || oldBreakBetween(previous, next)) break;
    for (let i = firstKept; i <= e; i++) if (oldToNew[i] !== -1) survived -= length(i);
    firstKept = next;
    break;
  }
  for (let e = lastKept - 1; e >= firstKept; e--) {
    if (!ends.has(old.ids[e] as number)) continue;
    const previous = previousKept(e);
    const next = nextKept(e + 1);
    if (next > lastKept || previous < firstKept || keptShare(e + 1, last - 1) >= MIN_SENTENCE_KEPT) break;
    if (!newBreakBetween(previous, next) || oldBreakBetween(previous, next)) break;
    for (let i = e + 1; i <= lastKept; i++) if (oldToNew[i] !== -1) survived -= length(i);
    lastKept = previous;
    break;
  }
  for (let head = runEnd(firstKept); head < lastKept && head - firstKept < 2; head = runEnd(firstKept)) {
    const next = nextKept(head + 1);
    if (next > lastKept || next === head + 1 || !ends.has(old.ids[next] as number) || next + 1 > lastKept) break;
    for (let i = firstKept; i <= next; i++) if (oldToNew[i] !== -1) survived -= length(i);
    firstKept = nextKept(next + 1);
    if (firstKept > lastKept) return searchBetweenBorders(map, newText, claim, first, last);
  }
  for (let tail = runStart(lastKept); tail > firstKept && lastKept - tail < 2; tail = runStart(lastKept)) {
    const previous = previousKept(tail - 1);
    if (previous < firstKept || previous === tail - 1 || !ends.has(old.ids[previous] as number)) break;
    for (let i = tail; i <= lastKept; i++) if (oldToNew[i] !== -1) survived -= length(i);
    lastKept = previous;
  }
  // The full stop of a lost first sentence, kept, is where the rest begins, not part of it.
  if (firstKept > first && firstKept < lastKept && ends.has(old.ids[firstKept] as number) && oldToNew[firstKept + 1] === (oldToNew[firstKept] as number) + 1) {
    survived -= length(firstKept);
    firstKept++;
  }
  contiguous = true;
  for (let i = firstKept + 1; i <= lastKept; i++) if (oldToNew[i] !== (oldToNew[i - 1] as number) + 1) contiguous = false;

  // A word at the claim's edge may have gone to the block next to it ("The" that ends one
  // unchanged run and starts the claim's sentence): the same word right beside the claim's
  // surviving words is the claim's.
  let jFirst = oldToNew[firstKept] as number;
  let jLast = oldToNew[lastKept] as number;
  // Never across a sentence end: a sentence that opens like the next one is a different sentence.
  while (firstKept > first && jFirst > 0 && old.ids[firstKept - 1] === map.new.ids[jFirst - 1] && !ends.has(old.ids[firstKept - 1] as number)) {
    firstKept--;
    jFirst--;
    survived += length(firstKept);
  }
  while (lastKept < last - 1 && jLast + 1 < map.new.length && old.ids[lastKept + 1] === map.new.ids[jLast + 1] && !ends.has(old.ids[lastKept] as number)) {
    lastKept++;
    jLast++;
    survived += length(lastKept);
  }

  if (contiguous && firstKept === first && lastKept === last - 1) {
    const confirmed =
      last - first >= SELF_EVIDENT_TOKENS ||
      unchangedRun(oldToNew, first - 1, -1, jFirst) >= CONFIRMING_TOKENS ||
      unchangedRun(oldToNew, last, 1, jLast) >= CONFIRMING_TOKENS ||
      runAcrossOneEdit(map, first - 1, -1, jFirst) ||
      runAcrossOneEdit(map, last, 1, jLast) ||
      runAcrossInsertedSentence(map, first - 1, -1, jFirst) ||
      runAcrossInsertedSentence(map, last, 1, jLast) ||
      wholeSentenceIsland(map, first, last, jFirst, jLast) ||
      sentenceVouches(map, oldText, newText, first, last, jFirst, jLast);
    if (!confirmed) return searchBetweenBorders(map, newText, claim, first, last);
    // Where the paired words put the claim: its own characters within its first and last words.
    const newStart = (map.new.starts[jFirst] as number) + Math.max(0, start - (old.starts[first] as number));
    const newEnd = (map.new.ends[jLast] as number) - Math.max(0, (old.ends[last - 1] as number) - end);
    // A short claim on a look-alike's same words: the rest of its sentence is gone.
    const gone = last - first < SELF_EVIDENT_TOKENS ? sentenceRestGone(map, oldText, newText, first, last) : undefined;
    if (gone === undefined) return placed(newText, newIndex, claim, newStart, newEnd, 1);
    return {
      state: 'orphaned',
      reason: 'low_score',
      bestScore: 1,
      candidate: { start: newStart, end: newEnd, score: 1 },
      detail: `Its words are at ${excerpt(newText.slice(newStart, newEnd))}, but only ${Math.round(gone * 100)}% of the rest of its sentence is still recognisable there (below ${Math.round(LOOK_ALIKE * 100)}%): that is another sentence with the same words.`,
    };
  }

  const spanOld = lastKept - firstKept;
  const spanNew = jLast - jFirst;
  const kept = survived / total;
  const wholeSentences = wholeSentencesChanged(map, first, last, firstKept, lastKept, jFirst, jLast, contiguous);
  if (wholeSentences && kept >= MIN_KEPT_SENTENCES) {
    const moved = lostSentencesElsewhere(map, newText, first, firstKept, lastKept, last);
    if (moved !== undefined) {
      const candidate = { start: map.new.starts[jFirst] as number, end: map.new.ends[jLast] as number, score: kept };
      return {
        state: 'orphaned',
        reason: 'low_score',
        bestScore: kept,
        candidate,
        detail: `Split: ${excerpt(newText.slice(candidate.start, candidate.end))} is still where it was, but the rest of it, ${excerpt(moved)}, is now elsewhere in the text.`,
      };
    }
    // Whole sentences of the claim were deleted, or whole sentences inserted inside it: the
    // rest of it is still together, word for word: the claim is now that.
    return placed(newText, newIndex, claim, map.new.starts[jFirst] as number, map.new.ends[jLast] as number, kept);
  }
  // A few words inserted inside the claim stay in it; more than that and the survivors are not one passage.
  if (spanNew > spanOld + Math.max(3, spanOld / 4)) return searchBetweenBorders(map, newText, claim, first, last);
  // A replaced word at an edge is the claim's word, edited: take as many new, unmatched words
  // as old ones were lost there, no more.
  // Never across a sentence end: what stands there is another sentence, not the edited word.
  // And the claim's own first (last) word, met on the way, is where it starts (ends): the words
  // beyond it were inserted beside the claim ("had displaced 67,770" → "had only displaced 43990").
  // Met retyped counts too ("31,691 schools" → "also 4196 schools": another figure; "the world"
  // → "the wored").
  const nearWord = (j: number, i: number) => near(oldText.slice(old.starts[i], old.ends[i]), newText.slice(map.new.starts[j], map.new.ends[j]));
  // A retyped word (not a figure: any figure is near any other, and "31,691" is three tokens) is
  // the edge word's only when it is not as like the lost word in its own place ("troops were
  // seized" → "troops weed seizeds": "weed" is "were" retyped, though near "seized").
  const inPlaceWord = (j: number, i: number, inPlace: number) =>
    inPlace !== i && inPlace >= first && inPlace < last && /\p{L}/u.test(newText.slice(map.new.starts[j], map.new.ends[j])) && nearWord(j, inPlace);
  const isOwn = (j: number, i: number, inPlace: number) => map.new.ids[j] === old.ids[i] || (nearWord(j, i) && !inPlaceWord(j, i, inPlace));
  // A lost comma (or ; :) is not replaced by a word: "agency, about" → "agency roughly" lost the
  // comma, and "roughly" is the next word's edit, not the claim's; so no more new tokens other
  // than those marks are taken than old ones were lost ("jobs, the highest" → "jobs the largest"
  // takes "the" alone).
  const pause = (text: string, at: number) => PAUSES.has(text[at] ?? '');
  const lostOthers = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (!pause(oldText, old.starts[i] as number)) n++;
    return n;
  };
  let from = jFirst;
  for (let k = firstKept - first, w = lostOthers(first, firstKept); k > 0 && from > 0 && newToOld[from - 1] === -1 && !ends.has(map.new.ids[from - 1] as number); k--) {
    if (!pause(newText, map.new.starts[from - 1] as number) && w-- === 0) break;
    from--;
    if (firstKept > first && isOwn(from, first, firstKept - (jFirst - from))) break;
  }
  let to = jLast;
  for (let k = last - 1 - lastKept, w = lostOthers(lastKept + 1, last); k > 0 && to + 1 < map.new.length && newToOld[to + 1] === -1 && !ends.has(map.new.ids[to] as number); k--) {
    if (!pause(newText, map.new.starts[to + 1] as number) && w-- === 0) break;
    to++;
    if (lastKept < last - 1 && isOwn(to, last - 1, lastKept + (to - jLast))) break;
  }
  const newStart = map.new.starts[from] as number;
  const newEnd = map.new.ends[to] as number;
  // Rewritten words count by their characters ("Sunday" → "Sunded" is mostly still there).
  const share = Math.max(kept, quoteSimilarity(claim.quote.exact, newText.slice(newStart, newEnd)));
  if (share >= MIN_SURVIVING) {
    // More new words than lost ones at an edge, none like the lost word: which of them is the
    // claim's edited word and which were inserted beside it cannot be told ("grew by 34 percent"
    // → "grew reportedly also 34 percent"): the claim is an orphan, the place its suggestion.
    const unclear =
      (from < jFirst && extraNewWord(map, newText, claim.quote.exact, from, -1, first - 1)) ||
      (to > jLast && extraNewWord(map, newText, claim.quote.exact, to, 1, last));
    const score = Math.round(share * 1000) / 1000;
    // The claim's words partly survive, but its sentence as a whole is barely recognisable: the
    // shared words are another sentence's, from the same template ("Senator Maria Alvarez warned
    // that unemployment declined by 13 percent in 2015." → "The opposition leader announced that
    // vaccination coverage declined by 34 percent in 2012.").
    const sentence = sentenceAround(map, first, last);
    const recognisable = resemblance(map, oldText, newText, sentence[0], sentence[1]);
    if (!unclear && recognisable < LOOK_ALIKE) {
      return {
        state: 'orphaned',
        reason: 'low_score',
        bestScore: score,
        candidate: { start: newStart, end: newEnd, score },
        detail: `Some of its words are at ${excerpt(newText.slice(newStart, newEnd))}, but only ${Math.round(recognisable * 100)}% of its sentence is still recognisable there (below ${Math.round(LOOK_ALIKE * 100)}%): that may be another sentence like it.`,
      };
    }
    // Its surviving words now stand before the words that preceded its sentence in its paragraph
    // (or after those that followed it): they are another sentence's, a look-alike put elsewhere
    // ("Senator Maria Alvarez told reporters on Sunday that oil exports would fall …" deleted,
    // "The opposition leader told reporters on Sunday that the trade surplus would fall …"
    // inserted two sentences earlier).
    if (!unclear && outOfLine(map, sentence[0], sentence[1] + 1, jFirst, jLast)) {
      return {
        state: 'orphaned',
        reason: 'low_score',
        bestScore: score,
        candidate: { start: newStart, end: newEnd, score },
        detail: `Some of its words are at ${excerpt(newText.slice(newStart, newEnd))}, but the words around it are no longer on either side of them: that may be another sentence like it.`,
      };
    }
    // A whole sentence placed on part of one, its exact words still elsewhere in the text: it may
    // have moved there, and the words here be a look-alike's ("Talks are expected to resume on
    // Sunday." moved away, "… resume next week." in its place). (The search is the last test: it costs.)
    const partOfSentence = sentence[0] === first && sentence[1] === last - 1 && !ends.has(map.new.ids[to] as number);
    if (!unclear && partOfSentence && newText.includes(claim.quote.exact)) {
      return {
        state: 'orphaned',
        reason: 'low_score',
        bestScore: score,
        candidate: { start: newStart, end: newEnd, score },
        detail: `Some of its words are at ${excerpt(newText.slice(newStart, newEnd))}, but its exact words are still elsewhere in the text: it may have moved there.`,
      };
    }
    if (!unclear) return placed(newText, newIndex, claim, newStart, newEnd, share);
    return {
      state: 'orphaned',
      reason: 'low_score',
      bestScore: score,
      candidate: { start: newStart, end: newEnd, score },
      detail: `Words at its edge were replaced and others inserted beside them (${excerpt(newText.slice(Math.max(0, newStart - 40), Math.min(newText.length, newEnd + 40)))}): which of them are the claim's is unclear.`,
    };
  }
  const searched = searchBetweenBorders(map, newText, claim, first, last);
  // A few stray words or a full stop left are not a place worth suggesting.
  if (searched.state === 'anchored' || share < MIN_SUGGESTED) return searched;
  return {
    state: 'orphaned',
    reason: 'low_score',
    bestScore: share,
    candidate: { start: newStart, end: newEnd, score: share },
    detail: `Only ${Math.round(share * 100)}% of its words are still there (${excerpt(newText.slice(newStart, newEnd))}), below ${Math.round(MIN_SURVIVING * 100)}%.`,
  };
}

/**
 * Whether what the claim lost or gained is whole sentences: the surviving words are one run in
 * both texts (apart from whole inserted sentences), and the lost words at either edge end at a
 * sentence end (or start right after one).
 */
function wholeSentencesChanged(map: TextMap, first: number, last: number, firstKept: number, lastKept: number, jFirst: number, jLast: number, contiguous: boolean): boolean {
  const { oldToNew, sentenceEnds } = map;
  const isEnd = (ids: Int32Array, at: number) => at >= 0 && sentenceEnds.has(ids[at] as number);
  if (firstKept > first && !isEnd(map.old.ids, firstKept - 1)) return false;
  if (lastKept < last - 1 && !isEnd(map.old.ids, lastKept)) return false;
  if (firstKept === first && lastKept === last - 1 && contiguous) return false;
  // Inside: every kept old token maps to the next new token, except across whole inserted sentences.
  let previous = -1;
  let gained = 0;
  for (let i = firstKept; i <= lastKept; i++) {
    const j = oldToNew[i] as number;
    if (j < 0) return false;
    if (previous >= 0 && j !== previous + 1) {
      if (j < previous || !isEnd(map.new.ids, previous) || !isEnd(map.new.ids, j - 1)) return false;
      for (let k = previous + 1; k < j; k++) if (map.newToOld[k] !== -1) return false;
      gained += j - previous - 1;
    }
    previous = j;
  }
  return jLast - jFirst === lastKept - firstKept + gained && gained <= 2 * (lastKept - firstKept + 1);
}

/**
 * Whether, beyond the new word taken at an edge (`at`, stepping by `step`), another unpaired
 * word of the same sentence stands before the old neighbour's match (`neighbour` is the old
 * token beside the claim), and the taken word is not like any of the claim's words: then the
 * taken word may as well have been inserted beside the claim.
 */
function extraNewWord(map: TextMap, newText: string, quote: string, at: number, step: 1 | -1, neighbour: number): boolean {
  const beyond = at + step;
  if (beyond < 0 || beyond >= map.new.length || map.newToOld[beyond] !== -1) return false;
  if (map.sentenceEnds.has(map.new.ids[step === -1 ? beyond : at] as number)) return false;
  if (neighbour < 0 || neighbour >= map.oldToNew.length || map.oldToNew[neighbour] === -1) return false;
  const taken = newText.slice(map.new.starts[at], map.new.ends[at]).toLowerCase();
  // A figure for a figure is the claim's figure, changed ("31,691" → "4196").
  if (/^\d/.test(taken) && /\d/.test(quote)) return false;
  // Like: the same word or a near one of 4 letters or more ("at" is not "that" retyped).
  return !quote.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= 4 && near(word, taken));
}

/**
 * Whether the nearest paired old token before old tokens [first, last) (a claim's sentence) in
 * its paragraph now stands after the claim's first surviving word (new token `jFirst`), or the
 * nearest after them before its last (`jLast`).
 */
function outOfLine(map: TextMap, first: number, last: number, jFirst: number, jLast: number): boolean {
  const { old, oldToNew } = map;
  let i = first - 1;
  while (i >= 0 && !old.breaks[i + 1] && oldToNew[i] === -1) i--;
  if (i >= 0 && !old.breaks[i + 1] && (oldToNew[i] as number) > jFirst) return true;
  let k = last;
  while (k < old.length && !old.breaks[k] && oldToNew[k] === -1) k++;
  return k < old.length && !old.breaks[k] && oldToNew[k] !== -1 && (oldToNew[k] as number) < jLast;
}

/** 1 − edit distance / length of the longer text; long quotes are judged by their words alone (0). */
function quoteSimilarity(a: string, b: string): number {
  if (a.length > MAX_COMPARED || b.length > MAX_COMPARED) return 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/** Marks that pause a sentence; a word is not a retyped one of them. */
const PAUSES = new Set([',', ';', ':']);

function placed(newText: string, newIndex: OffsetIndex, claim: AnchorableClaim, start: number, end: number, share: number): AnchoredClaim {
  if (newText.slice(start, end) === claim.quote.exact) {
    const same = claim.position !== undefined && newIndex.toCodePoint(start) === claim.position.start;
    return same ? { state: 'anchored', method: 'position', start, end } : { state: 'anchored', method: 'quote', start, end, score: 1 };
  }
  return { state: 'anchored', method: 'fuzzy', start, end, score: Math.round(share * 1000) / 1000 };
}
