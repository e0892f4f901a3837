// How much of a stretch of the old text is still recognisable in the new one, word by word: what
// the word map pairs counts whole, and so does a retyped word in the same place ("situation" →
// "situatied", a changed figure "2025" → "2005"). Re-anchoring (reanchor-all.ts) asks it of the
// sentence at a claim's edge that the map did not keep whole: an edited sentence of the claim is
// still the claim's; a look-alike put in its place (the same template, other names, other
// figures: "President Omar Haddad told reporters on Monday …" → "The health ministry told
// reporters on Friday …") is not.

import { tokenAt } from './text-map';
import type { TextMap } from './text-map';
import { editDistance } from './text-search';

/** A retyped word keeps at least this share of its characters (edit similarity). */
const NEAR_WORD = 0.5;

/**
 * The share of the characters of old tokens [from, to] found in the new text: paired by the map,
 * or, for an unpaired token inside an edited stretch that has as many tokens in both texts, the
 * token in the same place in the new text being the same word, a near one, or another figure.
 */
export function resemblance(map: TextMap, oldText: string, newText: string, from: number, to: number): number {
  const { old, oldToNew } = map;
  let all = 0;
  let found = 0;
  for (let i = from; i <= to; i++) {
    const length = (old.ends[i] as number) - (old.starts[i] as number);
    all += length;
    if (oldToNew[i] !== -1) {
      found += length;
      continue;
    }
    if (retyped(map, oldText, newText, i)) found += length;
  }
  return all === 0 ? 1 : found / all;
}

/**
 * Whether unpaired old token `i` is recognisable in the new text: the new token in its place,
 * counted from the paired token before it or from the one after it (an edited stretch that also
 * gained or lost words lines up on one side), is unpaired and the same word, a near one, or
 * another figure.
 */
function retyped(map: TextMap, oldText: string, newText: string, i: number, within: (j: number) => boolean = () => true): boolean {
  const { newToOld, old } = map;
  const { p, q, jp, jq } = pairedAround(map, i);
  const word = oldText.slice(old.starts[i], old.ends[i]);
  for (const j of [jp + (i - p), jq - (q - i)]) {
    if (j <= jp || j >= jq || !within(j) || newToOld[j] !== -1) continue;
    if (near(word, newText.slice(map.new.starts[j], map.new.ends[j]))) return true;
  }
  return false;
}

/** The new token in the same place as unpaired old token `i`, when its edited stretch kept its length; else -1. */
function counterpart(map: TextMap, i: number): number {
  const { p, q, jp, jq } = pairedAround(map, i);
  if (jq - jp !== q - p) return -1;
  return jp + (i - p);
}

/** The nearest paired old tokens before (`p`) and after (`q`) unpaired token `i`, and the new tokens they pair with (-1 / the new text's length at the ends). */
function pairedAround(map: TextMap, i: number): { p: number; q: number; jp: number; jq: number } {
  const { oldToNew } = map;
  let p = i - 1;
  while (p >= 0 && oldToNew[p] === -1) p--;
  let q = i + 1;
  while (q < oldToNew.length && oldToNew[q] === -1) q++;
  const jp = p >= 0 ? (oldToNew[p] as number) : -1;
  const jq = q < oldToNew.length ? (oldToNew[q] as number) : map.new.length;
  return { p, q, jp, jq };
}

/** The same word, a near one (edit similarity ≥ NEAR_WORD, 4 letters or more), or another figure. */
export function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d[\d,.]*$/.test(a) && /^\d[\d,.]*$/.test(b)) return true;
  if (a.length < 4 || b.length < 4) return false;
  return 1 - editDistance(a.toLowerCase(), b.toLowerCase()) / Math.max(a.length, b.length) >= NEAR_WORD;
}

/** An edge sentence resembling its place at least this much is the claim's, edited. */
export const EDITED_SENTENCE = 0.75;
/** Between this and EDITED_SENTENCE, it may be the claim's sentence edited or a look-alike: the claim is not placed. */
export const LOOK_ALIKE = 0.5;

export type EdgeVerdict =
  | { kind: 'keep' }
  | { kind: 'reshape'; start: number; end: number }
  | { kind: 'uncertain'; share: number; sentence: string };

/** What is left of a claim after an edge sentence is dropped must be at least this share of its characters. */
const MIN_LEFT = 0.3;

/**
 * The first and last sentences of a claim of several sentences (old tokens [first, last)), when
 * the map did not keep them whole, against a placement [start, end) in the new text:
 *   - an edited sentence (resembling its place by EDITED_SENTENCE) the placement left out is
 *     taken in;
 *   - one between LOOK_ALIKE and that is doubtful, whether taken or not, and the claim is better
 *     an orphan with the placement as its suggestion than placed on a sentence that may be
 *     another's;
 *   - one below LOOK_ALIKE is gone: what stands in its place is another sentence (a look-alike
 *     from the same template sharing "“We have … so far,” … in", or a stock sentence whose
 *     "The" the map paired), and the placement stops at the full stop of the sentence next to
 *     it (an orphan when that full stop was not kept, or too little would be left).
 */
export function judgeEdgeSentences(map: TextMap, oldText: string, newText: string, first: number, last: number, start: number, end: number): EdgeVerdict {
  const { old, oldToNew, sentenceEnds } = map;
  let headEnd = -1;
  let tailStart = -1;
  for (let i = first; i < last - 1; i++) {
    if (!sentenceEnds.has(old.ids[i] as number)) continue;
    if (headEnd < 0) headEnd = i;
    tailStart = i + 1;
  }
  if (headEnd < 0) return { kind: 'keep' };
  let placed = { start, end };
  let dropped = 0;
  for (const [from, to, head] of [[first, headEnd, true], [tailStart, last - 1, false]] as const) {
    let whole = true;
    for (let i = from; i <= to && whole; i++) if (oldToNew[i] === -1) whole = false;
    if (whole) continue;
    const share = resemblance(map, oldText, newText, from, to);
    const sentence = oldText.slice(old.starts[from], old.ends[to]);
    if (share < LOOK_ALIKE) {
      // The full stop between this sentence and the rest of the claim, in the new text.
      const stop = oldToNew[head ? to : from - 1] as number;
      if (stop < 0) continue;
      const border = head ? (map.new.starts[stop + 1] ?? newText.length) : (map.new.ends[stop] as number);
      if (head ? placed.start >= border : placed.end <= border) continue;
      if (border <= placed.start || border >= placed.end) return { kind: 'uncertain', share, sentence };
      placed = head ? { ...placed, start: border } : { ...placed, end: border };
      dropped += (old.ends[to] as number) - (old.starts[from] as number);
      continue;
    }
    if (share < EDITED_SENTENCE) return { kind: 'uncertain', share, sentence };
    let j = newOf(map, head ? from : to);
    if (j < 0) continue;
    // The sentence ends at its first full stop: one paired further on is a sentence inserted after
    // it ("… since 2008." → "… since 64522. According to the state news agency, …").
    if (!head) {
      const opening = newOf(map, from);
      j = firstSentenceEnd(map, opening >= 0 ? opening : tokenAt(map.new, placed.end - 1), j);
    }
    if (head && (map.new.starts[j] as number) < placed.start) placed = { ...placed, start: map.new.starts[j] as number };
    if (!head && (map.new.ends[j] as number) > placed.end) placed = { ...placed, end: map.new.ends[j] as number };
  }
  if (dropped > 0) {
    const all = (old.ends[last - 1] as number) - (old.starts[first] as number);
    if (all - dropped < MIN_LEFT * all) return { kind: 'uncertain', share: 0, sentence: oldText.slice(old.starts[first], old.ends[last - 1]) };
  }
  return placed.start === start && placed.end === end ? { kind: 'keep' } : { kind: 'reshape', ...placed };
}

/** The first new token in [from, to] that ends a sentence; else `to`. */
function firstSentenceEnd(map: TextMap, from: number, to: number): number {
  for (let k = from; k < to; k++) if (map.sentenceEnds.has(map.new.ids[k] as number)) return k;
  return to;
}

/** Where old token `i` is in the new text: paired, or the unpaired token in its place; else -1. */
function newOf(map: TextMap, i: number): number {
  const j = map.oldToNew[i] as number;
  if (j >= 0) return j;
  const k = counterpart(map, i);
  return k >= 0 && map.newToOld[k] === -1 ? k : -1;
}

/** Tokens of its sentence outside a short claim needed for them to vouch for its place. */
const SENTENCE_WITNESSES = 3;

/**
 * Whether the rest of a short claim's sentence (old tokens [first, last) are the claim, mapped
 * whole onto new tokens [jFirst, jLast]) is still recognisably around it: EDITED_SENTENCE of its
 * characters paired into the same new sentence, or retyped in the same place. The claim's
 * neighbouring words may all have been edited ("Analysts at the Brookings Institution has
 * registered 36 jobs …" → "Analysts reportedly reportedly Brookings Institution reportedly
 * registered 36 jobs …"): the sentence still says it is this copy of the words.
 */
export function sentenceVouches(map: TextMap, oldText: string, newText: string, first: number, last: number, jFirst: number, jLast: number): boolean {
  const { old, oldToNew, sentenceEnds } = map;
  const isEnd = (tokens: TextMap['old'], at: number) => sentenceEnds.has(tokens.ids[at] as number);
  let s0 = first;
  while (s0 > 0 && !isEnd(old, s0 - 1) && !old.breaks[s0]) s0--;
  let s1 = last - 1;
  while (s1 + 1 < old.length && !isEnd(old, s1) && !old.breaks[s1 + 1]) s1++;
  let t0 = jFirst;
  while (t0 > 0 && !isEnd(map.new, t0 - 1) && !map.new.breaks[t0]) t0--;
  let t1 = jLast;
  while (t1 + 1 < map.new.length && !isEnd(map.new, t1) && !map.new.breaks[t1 + 1]) t1++;
  if (first - s0 + (s1 - last + 1) < SENTENCE_WITNESSES) return false;
  let all = 0;
  let found = 0;
  for (let i = s0; i <= s1; i++) {
    if (i === first) i = last;
    if (i > s1) break;
    const length = (old.ends[i] as number) - (old.starts[i] as number);
    all += length;
    const j = oldToNew[i] as number;
    if (j >= 0) {
      if (j >= t0 && j <= t1) found += length;
      continue;
    }
    if (retyped(map, oldText, newText, i, (k) => k >= t0 && k <= t1)) found += length;
  }
  return all > 0 && found / all >= EDITED_SENTENCE;
}
