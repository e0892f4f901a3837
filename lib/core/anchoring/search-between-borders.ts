// Finding a claim the word map could not place (reanchor-all.ts, step 4 of decision 013): between
// the unchanged words that bordered it (or, when one of them moved away, the nearest in line with
// the other; when both did, the nearest two in line with each other), at the same distance from
// the one that stayed, as a long quote found once in the whole text (unless its borders closed
// up and the copy's sentence is another), else by the approximate search (anchor.ts) in a window
// between its borders, else beside a distinctive sentence of its old paragraph
// (paragraph-mates.ts). Words the map gives to another old passage
// are never taken; what is not found is an orphan with its reason and, when there was one, the
// best rejected candidate.

import { resolveClaim } from './anchor';
import type { AnchorableClaim, AnchorResult, AnchoredClaim } from './anchor';
import { MIN_FAR_QUOTE_LENGTH } from './choose-match';
import { NO_LOCALITY } from './locality';
import type { Locality } from './locality';
import { excerpt } from './orphan-reasons';
import { placeByParagraphMates } from './paragraph-mates';
import { MAX_LINE_DRIFT, sentenceAround, tokenAt } from './text-map';
import type { TextMap } from './text-map';
import { commonPrefixLength, commonSuffixLength, findAllExact } from './text-search';

/** Characters of stored context that confirm a short quote found between its old neighbours. */
const CONFIRMING_CONTEXT = 8;
/** The approximate search runs in windows up to this many times the quote, plus the slack. */
const MAX_FUZZY_WINDOW_FACTOR = 3;
const MAX_FUZZY_WINDOW_SLACK = 600;
/** A placement is refused when more than this share of the claim's words are mapped elsewhere (split claim). */
const MAX_ELSEWHERE = 0.25;
/** How far (tokens) to look for the unchanged words that border a lost claim. */
const BORDER_SEARCH = 400;

/**
 * Step 4 of placing a claim: the unchanged words nearest before and after the claim, if they are still in that
 * order in the new text, bound where the claim can be; the quote is searched for there.
 */
export function searchBetweenBorders(map: TextMap, newText: string, claim: AnchorableClaim, first: number, last: number): AnchorResult {
  const { oldToNew } = map;
  let before = first - 1;
  while (before >= 0 && first - before < BORDER_SEARCH && oldToNew[before] === -1) before--;
  let after = last;
  while (after < oldToNew.length && after - last < BORDER_SEARCH && oldToNew[after] === -1) after++;
  const jBefore = before >= 0 ? (oldToNew[before] as number) : -1;
  const jAfter = after < oldToNew.length ? (oldToNew[after] as number) : map.new.length;
  const beforeKnown = before < 0 || jBefore >= 0;
  const afterKnown = after >= oldToNew.length || jAfter >= 0;
  // Both neighbours still there and in order: the claim is between them. (Bounding it by one
  // neighbour alone, when the other moved away, measured worse: look-alikes near that one
  // neighbour then made true places ambiguous.)
  const window: [number, number] | undefined = beforeKnown && afterKnown && jAfter > jBefore ? [jBefore, jAfter] : undefined;
  // With the claim's surroundings gone as well, only the places a perfect match may take are left.
  const locality: Locality = window ? between(map, newText, window[0], window[1], claim.quote.exact.length) : NO_LOCALITY;
  if (window) {
    // Between two unchanged words that kept their order, the quote found exactly once is the
    // claim, whatever happened to the text right beside it.
    const from = window[0] >= 0 ? (map.new.ends[window[0]] as number) : 0;
    const to = window[1] < map.new.length ? (map.new.starts[window[1]] as number) : newText.length;
    const at = newText.indexOf(claim.quote.exact, from);
    if (at >= 0 && at + claim.quote.exact.length <= to) {
      const again = newText.indexOf(claim.quote.exact, at + 1);
      const alone = again < 0 || again + claim.quote.exact.length > to;
      const trusted = claim.quote.exact.length >= MIN_FAR_QUOTE_LENGTH || contextAgrees(newText, claim, at) || ownSentencePairedAt(map, first, last, at);
      if (alone && trusted) {
        const found: AnchoredClaim = { state: 'anchored', method: 'quote', start: at, end: at + claim.quote.exact.length, score: 1 };
        if (!ownedElsewhere(map, found, first, last)) return found;
      }
    }
  }
  if (window && outOfLine(map, before, after)) {
    const found = besideTheBorderThatStayed(map, newText, claim, first, last, before, after) ?? betweenBordersThatStayed(map, newText, claim, first, last, before, after);
    if (found) return found;
  }
  if (!window) {
    // One neighbour moved away or is out of order; the other may still say where the claim is:
    // its words, exactly, at the same distance (in tokens) from it, on words that are nobody's.
    const besideOne = atSameDistance(map, newText, claim, first, last, before, after) ?? betweenBordersThatStayed(map, newText, claim, first, last, before, after);
    if (besideOne) return besideOne;
  }
  // A long quote found exactly once in the whole new text, on words that are no other passage's:
  // it is the claim, wherever its surroundings went.
  if (claim.quote.exact.length >= MIN_FAR_QUOTE_LENGTH) {
    const [only, again] = findAllExact(newText, claim.quote.exact, 2);
    if (only !== undefined && again === undefined) {
      const found: AnchoredClaim = { state: 'anchored', method: 'quote', start: only, end: only + claim.quote.exact.length, score: 1 };
      if (window && closedUp(map, before, after) && !restOfSentenceBeside(map, first, last, found.start)) {
        return {
          state: 'orphaned',
          reason: 'low_score',
          bestScore: 1,
          candidate: { start: found.start, end: found.end, score: 1 },
          detail: `Text deleted: the words on either side of it now stand side by side; its words are also at ${excerpt(newText.slice(found.start, found.end))}, but in another sentence.`,
        };
      }
      if (!ownedElsewhere(map, found, first, last)) return found;
    }
  }
  const resolved = resolveClaim(newText, claim.quote, undefined, locality);
  const result = resolved.state === 'anchored' && resolved.method === 'fuzzy' ? toWholeWords(newText, resolved) : resolved;
  if (result.state === 'anchored') {
    const away = shareElsewhere(map, result, first, last);
    if (away > MAX_ELSEWHERE) {
      return {
        state: 'orphaned',
        reason: 'low_score',
        bestScore: result.score ?? 1,
        candidate: { start: result.start, end: result.end, score: result.score ?? 1 },
        detail: `Split: part of it is at ${excerpt(newText.slice(result.start, result.end))}, but ${Math.round(away * 100)}% of its words are now elsewhere in the text.`,
      };
    }
    if (!ownedElsewhere(map, result, first, last)) return result;
    const byMates = placeByParagraphMates(map, newText, claim, first, last);
    if (byMates) return byMates;
    return {
      state: 'orphaned',
      reason: 'ambiguous',
      bestScore: result.score ?? 1,
      candidate: { start: result.start, end: result.end, score: result.score ?? 1 },
      detail: `Quote found at ${excerpt(newText.slice(result.start, result.end))}, but those words are another passage of the old version, still there; its own words were not found.`,
    };
  }
  if (result.state === 'orphaned') {
    const byMates = placeByParagraphMates(map, newText, claim, first, last);
    if (byMates) return byMates;
  }
  if (result.state === 'orphaned' && window && !result.candidate) {
    const from = window[0] >= 0 ? (map.new.ends[window[0]] as number) : 0;
    const to = window[1] < map.new.length ? (map.new.starts[window[1]] as number) : newText.length;
    const gap = newText.slice(from, to).trim();
    result.detail =
      gap === ''
        ? 'Text deleted: the words on either side of it are still there, with nothing left between them.'
        : `Text deleted: nothing between the words that surrounded it resembles the quote (now ${excerpt(gap)}).`;
  }
  return result;
}

/**
 * Whether the claim's borders (paired old tokens) now stand side by side, in line, with nothing
 * between them: what was between them, the claim included, was deleted there.
 */
function closedUp(map: TextMap, before: number, after: number): boolean {
  if (before < 0 || after >= map.oldToNew.length) return false;
  return (map.oldToNew[after] as number) === (map.oldToNew[before] as number) + 1 && !outOfLine(map, before, after);
}

/** Words of the claim's sentence compared beside a copy found elsewhere. */
const SENTENCE_WORDS_BESIDE = 3;

/**
 * Whether the rest of the claim's old sentence (up to SENTENCE_WORDS_BESIDE tokens on each side
 * of its tokens [first, last)) stands beside the copy of its words starting at `at`, token for
 * token. A claim that is part of a sentence moves with its sentence; a copy whose sentence goes
 * on otherwise is the same tail of another sentence from the same template ("… crime dropped to
 * 88 barrels a day, the highest level since 1995." deleted, "… emissions grew to 82,906 barrels a
 * day, the highest level since 1995." elsewhere). A claim that is whole sentences has no rest.
 */
function restOfSentenceBeside(map: TextMap, first: number, last: number, at: number): boolean {
  const [s0, s1] = sentenceAround(map, first, last);
  const j = tokenAt(map.new, at);
  for (let k = 1; k <= Math.min(SENTENCE_WORDS_BESIDE, first - s0); k++) {
    if (j - k < 0 || map.new.ids[j - k] !== map.old.ids[first - k]) return false;
  }
  const jLast = j + (last - first) - 1;
  for (let k = 1; k <= Math.min(SENTENCE_WORDS_BESIDE, s1 - (last - 1)); k++) {
    if (jLast + k >= map.new.length || map.new.ids[jLast + k] !== map.old.ids[last - 1 + k]) return false;
  }
  return true;
}

/** Whether two paired old tokens (the claim's borders) moved apart by more than a few sentences' worth of edits: one of them moved. */
function outOfLine(map: TextMap, before: number, after: number): boolean {
  if (before < 0 || after >= map.oldToNew.length) return false;
  return Math.abs(shiftAt(map, before) - shiftAt(map, after)) > MAX_LINE_DRIFT;
}

const shiftAt = (map: TextMap, i: number) => (map.oldToNew[i] as number) - i;

/**
 * Borders in order but out of line: one of them moved with its paragraph (a paragraph split
 * before the claim, its first part moved away) and bounds nothing. Bounded instead by the other
 * border and the nearest paired word on the moved one's side that is in line with it, the quote
 * found exactly once on words the map gave to no one is the claim (a copy the map gave to
 * another old passage is that passage). Both readings must agree when both find a place.
 */
function besideTheBorderThatStayed(map: TextMap, newText: string, claim: AnchorableClaim, first: number, last: number, before: number, after: number): AnchoredClaim | undefined {
  const beforeInLine = inLineBorder(map, before, -1, shiftAt(map, after));
  const afterInLine = inLineBorder(map, after, 1, shiftAt(map, before));
  const places = [
    beforeInLine >= 0 ? onlyOwnCopy(map, newText, claim, first, last, map.oldToNew[beforeInLine] as number, map.oldToNew[after] as number) : undefined,
    afterInLine >= 0 ? onlyOwnCopy(map, newText, claim, first, last, map.oldToNew[before] as number, map.oldToNew[afterInLine] as number) : undefined,
  ].filter((at): at is number => at !== undefined);
  if (places.length === 0 || places.some((at) => at !== places[0])) return undefined;
  const found: AnchoredClaim = { state: 'anchored', method: 'quote', start: places[0] as number, end: (places[0] as number) + claim.quote.exact.length, score: 1 };
  const trusted = claim.quote.exact.length >= MIN_FAR_QUOTE_LENGTH || contextAgrees(newText, claim, found.start) || ownSentencePairedAt(map, first, last, found.start);
  return trusted ? found : undefined;
}

/**
 * Both borders moved away: the paragraphs before and after a paragraph of stock sentences went
 * elsewhere ("… since 1997.¶The situation remains tense. The ministry did not respond to a
 * request for comment.¶Local officials …", both neighbouring paragraphs moved, the stock
 * paragraph left where it was). Going out from the claim on each side, the nearest paired word
 * with a partner on the other side in line with it, and nothing paired between the two in line
 * with either (the words between them all moved), bounds the claim's place with that partner;
 * the quote found there exactly once on words the map gave to no one is the claim. Both ways
 * must find the same place.
 */
function betweenBordersThatStayed(map: TextMap, newText: string, claim: AnchorableClaim, first: number, last: number, before: number, after: number): AnchoredClaim | undefined {
  const { oldToNew } = map;
  const places: number[] = [];
  for (const [from, step] of [[before, -1], [after, 1]] as const) {
    let tried: number | undefined;
    for (let i = from, n = 0; i >= 0 && i < oldToNew.length && n < BORDER_SEARCH; i += step, n++) {
      // One try per block: its other words have the same shift.
      if (oldToNew[i] === -1 || shiftAt(map, i) === tried) continue;
      tried = shiftAt(map, i);
      const partner = inLineBorder(map, step === -1 ? last - 1 : first, step === -1 ? 1 : -1, tried);
      if (partner < 0) continue;
      const [p, q] = step === -1 ? [i, partner] : [partner, i];
      if ((oldToNew[q] as number) <= (oldToNew[p] as number) || !allMovedBetween(map, p, q)) continue;
      const at = onlyOwnCopy(map, newText, claim, first, last, oldToNew[p] as number, oldToNew[q] as number);
      if (at === undefined) return undefined;
      places.push(at);
      break;
    }
  }
  if (places.length !== 2 || places[0] !== places[1]) return undefined;
  const found: AnchoredClaim = { state: 'anchored', method: 'quote', start: places[0] as number, end: (places[0] as number) + claim.quote.exact.length, score: 1 };
  const trusted = claim.quote.exact.length >= MIN_FAR_QUOTE_LENGTH || contextAgrees(newText, claim, found.start) || ownSentencePairedAt(map, first, last, found.start);
  return trusted ? found : undefined;
}

/** Whether no paired old token between p and q is in line with either (they all moved away). */
function allMovedBetween(map: TextMap, p: number, q: number): boolean {
  const sp = shiftAt(map, p);
  const sq = shiftAt(map, q);
  for (let i = p + 1; i < q; i++) {
    if (map.oldToNew[i] === -1) continue;
    const s = shiftAt(map, i);
    if (Math.abs(s - sp) <= MAX_LINE_DRIFT || Math.abs(s - sq) <= MAX_LINE_DRIFT) return false;
  }
  return true;
}

/** The nearest paired old token from `from` (stepping by `step`, within BORDER_SEARCH) whose shift is within MAX_LINE_DRIFT of `shift`; -1 if none. */
function inLineBorder(map: TextMap, from: number, step: 1 | -1, shift: number): number {
  for (let i = from + step, n = 0; i >= 0 && i < map.oldToNew.length && n < BORDER_SEARCH; i += step, n++) {
    if (map.oldToNew[i] !== -1 && Math.abs(shiftAt(map, i) - shift) <= MAX_LINE_DRIFT) return i;
  }
  return -1;
}

/** The start of the claim's exact words between new tokens jBefore and jAfter, when they occur there exactly once on words the map gave to no other old passage. */
function onlyOwnCopy(map: TextMap, newText: string, claim: AnchorableClaim, first: number, last: number, jBefore: number, jAfter: number): number | undefined {
  if (jAfter <= jBefore) return undefined;
  const from = map.new.ends[jBefore] as number;
  const to = map.new.starts[jAfter] as number;
  const length = claim.quote.exact.length;
  let found: number | undefined;
  for (let at = newText.indexOf(claim.quote.exact, from); at >= 0 && at + length <= to; at = newText.indexOf(claim.quote.exact, at + 1)) {
    if (ownedElsewhere(map, { start: at, end: at + length }, first, last)) continue;
    if (found !== undefined) return undefined;
    found = at;
  }
  return found;
}

/**
 * The claim's exact words at the same distance, in tokens, from the unchanged word before it
 * (`before`) or after it (`after`) as in the old text, on new words the map gave to no one: a
 * stock sentence whose paragraph lost one neighbour to a move and had the other rewritten is
 * still beside the one that stayed ("… since 1997. The situation remains tense. The ministry did
 * not respond …"). Both sides must agree when both offer a place.
 */
function atSameDistance(map: TextMap, newText: string, claim: AnchorableClaim, first: number, last: number, before: number, after: number): AnchoredClaim | undefined {
  const { oldToNew, newToOld } = map;
  const count = last - first;
  const starts: number[] = [];
  if (before >= 0 && (oldToNew[before] as number) >= 0) starts.push((oldToNew[before] as number) + (first - before));
  if (after < oldToNew.length && (oldToNew[after] as number) >= 0) starts.push((oldToNew[after] as number) - (after - first));
  let found: AnchoredClaim | undefined;
  for (const j of starts) {
    if (j < 0 || j + count > map.new.length) continue;
    let free = true;
    for (let k = j; k < j + count && free; k++) if (newToOld[k] !== -1) free = false;
    if (!free) continue;
    const start = map.new.starts[j] as number;
    const end = start + claim.quote.exact.length;
    if (newText.slice(start, end) !== claim.quote.exact || tokenAt(map.new, end - 1) !== j + count - 1) continue;
    if (found && found.start !== start) return undefined;
    found = { state: 'anchored', method: 'quote', start, end, score: 1 };
  }
  return found;
}

/**
 * The share of the claim's characters (its old tokens [first, last)) that the map finds in the
 * new text outside [start, end): a claim split in two by a moved paragraph is not on one place.
 */
function shareElsewhere(map: TextMap, range: { start: number; end: number }, first: number, last: number): number {
  let total = 0;
  let away = 0;
  for (let i = first; i < last; i++) {
    const length = (map.old.ends[i] as number) - (map.old.starts[i] as number);
    total += length;
    const j = map.oldToNew[i] as number;
    if (j < 0) continue;
    const at = map.new.starts[j] as number;
    if (at < range.start || at >= range.end) away += length;
  }
  return total === 0 ? 0 : away / total;
}

/**
 * Whether words of [start, end) in the new text came from old words outside the claim's tokens
 * [first, last): then they are another passage's words (a repeated sentence), not the claim's.
 */
function ownedElsewhere(map: TextMap, range: { start: number; end: number }, first: number, last: number): boolean {
  for (let j = tokenAt(map.new, range.start); j < map.new.length && (map.new.starts[j] as number) < range.end; j++) {
    const i = map.newToOld[j] as number;
    if (i >= 0 && (i < first || i >= last)) return true;
  }
  return false;
}

/**
 * Whether the map pairs the whole sentence around the claim's tokens [first, last), word for
 * word, with a whole sentence of the new text in which the claim's words start at `at`. A short
 * stock sentence whose neighbouring sentences were all deleted, replaced or moved ("…
 * Washington. The figures are disputed. “We have …" → "… in 2012.¶The figures are disputed.¶…")
 * has no stored context left beside it, but between its borders the map found its sentence and
 * nothing else like it.
 */
function ownSentencePairedAt(map: TextMap, first: number, last: number, at: number): boolean {
  const { old, oldToNew, sentenceEnds } = map;
  const [s0, s1] = sentenceAround(map, first, last);
  const js0 = oldToNew[s0] as number;
  if (js0 < 0 || !sentenceEnds.has(old.ids[s1] as number)) return false;
  for (let i = s0; i <= s1; i++) if (oldToNew[i] !== js0 + (i - s0)) return false;
  const startsSentence = js0 === 0 || map.new.breaks[js0] === 1 || sentenceEnds.has(map.new.ids[js0 - 1] as number);
  return startsSentence && tokenAt(map.new, at) === oldToNew[first];
}

/** A short quote needs some of its stored context beside it (CONFIRMING_CONTEXT characters on one side). */
function contextAgrees(text: string, claim: AnchorableClaim, at: number): boolean {
  const { prefix, suffix, exact } = claim.quote;
  const before = text.slice(Math.max(0, at - prefix.length), at);
  const after = text.slice(at + exact.length, at + exact.length + suffix.length);
  return (
    commonSuffixLength(before, prefix) >= Math.min(CONFIRMING_CONTEXT, prefix.length) ||
    commonPrefixLength(after, suffix) >= Math.min(CONFIRMING_CONTEXT, suffix.length)
  );
}

/** An approximate match that cuts into a word (a rewritten first or last word) covers it whole. */
function toWholeWords(text: string, match: AnchoredClaim): AnchoredClaim {
  let { start, end } = match;
  while (start > 0 && isWordChar(text, start - 1) && isWordChar(text, start)) start--;
  while (end < text.length && isWordChar(text, end - 1) && isWordChar(text, end)) end++;
  return { ...match, start, end };
}

function isWordChar(text: string, at: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[at] ?? '');
}

/** A window between two unchanged words of the new text (token indexes; -1 and length for the text's ends). */
function between(map: TextMap, newText: string, jBefore: number, jAfter: number, quoteLength: number): Locality {
  const start = jBefore >= 0 ? (map.new.ends[jBefore] as number) : 0;
  const end = jAfter < map.new.length ? (map.new.starts[jAfter] as number) : newText.length;
  // The approximate search costs O(window · quote); a window much wider than the claim is
  // searched for exact occurrences only.
  const searchable = end - start <= MAX_FUZZY_WINDOW_FACTOR * quoteLength + MAX_FUZZY_WINDOW_SLACK;
  return {
    windows: searchable ? [{ start, end }] : [],
    expected: start,
    isNear: (s, e) => s >= start && e <= end,
    isPredictedExactly: () => false,
    rough: true,
  };
}

