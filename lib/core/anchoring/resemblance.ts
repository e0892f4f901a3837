// How much of a stretch of the old text is still recognisable in the new one, word by word: what
// the word map pairs counts whole, and so does a retyped word in the same place ("situation" →
// "situatied", a changed figure "2025" → "2005"). Re-anchoring (reanchor-all.ts) asks it of the
// sentence at a claim's edge that the map did not keep whole: an edited sentence of the claim is
// still the claim's; a look-alike put in its place (the same template, other names, other
// figures: "President Omar Haddad told reporters on Monday …" → "The health ministry told
// reporters on Friday …") is not.

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
  const { old, oldToNew, newToOld } = map;
  let all = 0;
  let found = 0;
  for (let i = from; i <= to; i++) {
    const length = (old.ends[i] as number) - (old.starts[i] as number);
    all += length;
    if (oldToNew[i] !== -1) {
      found += length;
      continue;
    }
    const j = counterpart(map, i);
    if (j < 0 || newToOld[j] !== -1) continue;
    const a = oldText.slice(old.starts[i], old.ends[i]);
    const b = newText.slice(map.new.starts[j], map.new.ends[j]);
    if (near(a, b)) found += length;
  }
  return all === 0 ? 1 : found / all;
}

/** The new token in the same place as unpaired old token `i`, when its edited stretch kept its length; else -1. */
function counterpart(map: TextMap, i: number): number {
  const { oldToNew } = map;
  let p = i - 1;
  while (p >= 0 && oldToNew[p] === -1) p--;
  let q = i + 1;
  while (q < oldToNew.length && oldToNew[q] === -1) q++;
  const jp = p >= 0 ? (oldToNew[p] as number) : -1;
  const jq = q < oldToNew.length ? (oldToNew[q] as number) : map.new.length;
  if (jq - jp !== q - p) return -1;
  return jp + (i - p);
}

function near(a: string, b: string): boolean {
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
  | { kind: 'widen'; start: number; end: number }
  | { kind: 'uncertain'; share: number; sentence: string };

/**
 * The first and last sentences of a claim of several sentences (old tokens [first, last)), when
 * the map did not keep them whole, against a placement [start, end) in the new text: an edited
 * sentence (resembling its place by EDITED_SENTENCE) the placement left out is taken in; one
 * between LOOK_ALIKE and that is doubtful, whether taken or not, and the claim is better an orphan
 * with the placement as its suggestion than placed on a sentence that may be another's.
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
  let widened = { start, end };
  for (const [from, to, head] of [[first, headEnd, true], [tailStart, last - 1, false]] as const) {
    let whole = true;
    for (let i = from; i <= to && whole; i++) if (oldToNew[i] === -1) whole = false;
    if (whole) continue;
    const share = resemblance(map, oldText, newText, from, to);
    if (share < LOOK_ALIKE) continue;
    if (share < EDITED_SENTENCE) return { kind: 'uncertain', share, sentence: oldText.slice(old.starts[from], old.ends[to]) };
    const j = newOf(map, head ? from : to);
    if (j < 0) continue;
    if (head && (map.new.starts[j] as number) < widened.start) widened = { ...widened, start: map.new.starts[j] as number };
    if (!head && (map.new.ends[j] as number) > widened.end) widened = { ...widened, end: map.new.ends[j] as number };
  }
  return widened.start === start && widened.end === end ? { kind: 'keep' } : { kind: 'widen', ...widened };
}

/** Where old token `i` is in the new text: paired, or the unpaired token in its place; else -1. */
function newOf(map: TextMap, i: number): number {
  const j = map.oldToNew[i] as number;
  if (j >= 0) return j;
  const k = counterpart(map, i);
  return k >= 0 && map.newToOld[k] === -1 ? k : -1;
}
