// A map from an old version of a text to a new one, word by word, that follows moved passages:
// which old words are still there, and where. Re-anchoring (reanchor-all.ts) reads a claim's new
// place off it instead of searching for the quote, so a claim whose words did not change is
// found on exactly those words however much changed around it, and an edited claim keeps the
// words that survived.
//
// How (Heckel's diff, 1978, on words, with the runs of unique words that patience diff uses):
//   1. Both texts become tokens: words (letters and digits) and single other characters;
//      whitespace is ignored (a split or joined paragraph changes no token), and curly and
//      straight quotes, and dashes, compare equal. A run never extends across a line break,
//      though: each paragraph is paired on its own evidence.
//   2. Every run of ANCHOR_TOKENS tokens that occurs exactly once in each text pairs the two
//      places; each pair is extended forwards and backwards while the tokens agree. A sentence
//      the article repeats word for word is not unique, but the run that reaches into it from
//      a unique neighbour covers it.
//   3. The unmatched stretch beside each block (what was edited there) is matched again with
//      the stretch beside the same block in the new text, by runs unique within the two
//      stretches, so a repeated sentence that lost both neighbours is still recognised. Only
//      pairs that keep their order there are taken (a deleted sentence's words are not paired
//      with a look-alike inserted after the sentence that followed it).
//   4. What is still unmatched is paired once more by runs of ANCHOR_TOKENS unique among the
//      runs still unmatched in each text (patience diff's recursion, over the whole text): a
//      passage whose every 4-token run recurs elsewhere (stock sentences, a paragraph that
//      lost both neighbours to moves) is unique once the rest of the text is accounted for.
//      The gaps beside what it paired are then matched again as in step 3.
// A run across a line break counts (its words are repeated) but pairs nothing.
// A chain of blocks in line with each other but not with the text around it (a moved passage)
// is kept only if it is at least MIN_CHAIN tokens long: a short run that two unrelated sentences
// happen to share elsewhere is not a match; nor if its old place, between neighbours still in line,
// still holds most of its words (an edit at home broke the run that told it from a look-alike).
// A mark pairs with the same mark right after the word before it when one is there, unpaired;
// so does the tail of a sentence a block took from a whole copy of it right after the word before.
// Everything here is UTF-16 offsets; O(n) in the number of tokens plus the gaps.

export type Tokens = {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  /** 1 where a line break precedes the token (a new paragraph or block). */
  breaks: Uint8Array;
  length: number;
};

export type TextMap = {
  old: Tokens;
  new: Tokens;
  /** For each old token, the new token it became, or -1. */
  oldToNew: Int32Array;
  /** For each new token, the old token it came from, or -1. */
  newToOld: Int32Array;
  /** Token ids of sentence ends ('.', '!', '?'). */
  sentenceEnds: Set<number>;
};

/** Runs of this many tokens, unique in both texts, pair passages. */
const ANCHOR_TOKENS = 4;
/** Inside a gap between two blocks in line, runs of this many tokens unique within the gap. */
const GAP_ANCHOR_TOKENS = 2;
/** Blocks in line with each other form a chain; one shorter than this, out of line with its surroundings, is dropped. */
const MIN_CHAIN = 20;
/** Two blocks are "in line" when the edits between them add or remove at most this many tokens. */
export const MAX_LINE_DRIFT = 120;
/** Gaps larger than this (tokens, on either side) are not matched again. */
const MAX_GAP = 4_000;

function normalise(token: string): string {
  switch (token) {
    case '“':
    case '”':
    case '„':
    case '«':
    case '»':
      return '"';
    case '‘':
    case '’':
      return "'";
    case '–':
    case '—':
    case '‐':
    case '‑':
    case '−':
      return '-';
    default:
      return token;
  }
}

export function tokenize(text: string, vocabulary: Map<string, number>): Tokens {
  const capacity = Math.ceil(text.length / 2) + 1;
  const ids = new Int32Array(capacity);
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const breaks = new Uint8Array(capacity);
  let n = 0;
  let lineBreak = false;
  const push = (start: number, end: number) => {
    const word = normalise(text.slice(start, end));
    let id = vocabulary.get(word);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(word, id);
    }
    ids[n] = id;
    starts[n] = start;
    ends[n] = end;
    breaks[n] = lineBreak ? 1 : 0;
    lineBreak = false;
    n++;
  };
  for (let at = 0; at < text.length; ) {
    const kind = charKind(text, at);
    const width = isHighSurrogate(text.charCodeAt(at)) && at + 1 < text.length ? 2 : 1;
    if (kind === SPACE) {
      if (text.charCodeAt(at) === 10) lineBreak = true;
      at += width;
    } else if (kind === PUNCTUATION) {
      push(at, at + width);
      at += width;
    } else {
      const start = at;
      at += width;
      while (at < text.length && charKind(text, at) === WORD) at += isHighSurrogate(text.charCodeAt(at)) ? 2 : 1;
      push(start, at);
    }
  }
  return { ids: ids.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n), breaks: breaks.subarray(0, n), length: n };
}

const SPACE = 0;
const WORD = 1;
const PUNCTUATION = 2;
const NON_ASCII_WORD = /^[\p{L}\p{N}\p{M}]/u;
const NON_ASCII_SPACE = /^\s/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Letters, digits (and combining marks) make words; white space separates; anything else is punctuation. */
function charKind(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return WORD;
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    return PUNCTUATION;
  }
  const char = text.slice(at, at + 2);
  if (NON_ASCII_SPACE.test(char)) return SPACE;
  return NON_ASCII_WORD.test(char) ? WORD : PUNCTUATION;
}

type Block = { a: number; b: number; length: number };

export function mapText(oldText: string, newText: string): TextMap {
  const vocabulary = new Map<string, number>();
  const a = tokenize(oldText, vocabulary);
  const b = tokenize(newText, vocabulary);
  const oldToNew = new Int32Array(a.length).fill(-1);
  const newToOld = new Int32Array(b.length).fill(-1);
  const map: TextMap = { old: a, new: b, oldToNew, newToOld, sentenceEnds: sentenceEnds(vocabulary) };

  matchUnique(map, 0, a.length, 0, b.length, ANCHOR_TOKENS);
  dropShortMovedChains(map);
  dropChainsStillAtHome(map);
  slideToSentenceEnds(map.old, map.new, map.oldToNew, map.newToOld, map.sentenceEnds);
  slideToSentenceEnds(map.new, map.old, map.newToOld, map.oldToNew, map.sentenceEnds);
  for (const [a0, a1, b0, b1] of gapsBesideBlocks(map)) matchUnique(map, a0, a1, b0, b1, GAP_ANCHOR_TOKENS, true);
  dropShortMovedChains(map);
  slideToSentenceEnds(map.old, map.new, map.oldToNew, map.newToOld, map.sentenceEnds);
  slideToSentenceEnds(map.new, map.old, map.newToOld, map.oldToNew, map.sentenceEnds);
  // Step 4 (a gap pairing can also be undone by the chain rule when a look-alike elsewhere
  // took part of the passage first: what it left is paired here).
  matchUnique(map, 0, a.length, 0, b.length, ANCHOR_TOKENS);
  dropShortMovedChains(map);
  slideToSentenceEnds(map.old, map.new, map.oldToNew, map.newToOld, map.sentenceEnds);
  slideToSentenceEnds(map.new, map.old, map.newToOld, map.oldToNew, map.sentenceEnds);
  // The gaps beside what step 4 paired, as in step 3.
  for (const [a0, a1, b0, b1] of gapsBesideBlocks(map)) matchUnique(map, a0, a1, b0, b1, GAP_ANCHOR_TOKENS, true);
  dropShortMovedChains(map);
  slideToSentenceEnds(map.old, map.new, map.oldToNew, map.newToOld, map.sentenceEnds);
  slideToSentenceEnds(map.new, map.old, map.newToOld, map.oldToNew, map.sentenceEnds);
  returnStolenSentenceParts(map);
  returnStolenPunctuation(map, oldText, newText);
  return map;
}

/**
 * A block extended backwards takes the tail of a sentence that an inserted look-alike shares:
 * "¶The figures are disputed. Talks are …" → "¶The figures are disputed. The figures for 2012 are
 * disputed. Talks are …": the block "Talks are …" (whose run could not reach across the paragraph
 * break before the sentence) took "are disputed." for the look-alike's, and "The figures" was left
 * unpaired, so the stock sentence was not found whole where it still is. When the new text right
 * after the match of the word before the unpaired old words goes on with them, word for word, and
 * with the words the block took, up to a sentence end, all on new words nobody has, those words
 * are that copy's: the edit was a whole sentence inserted after it (7 tokens), not its first
 * 2 words deleted and 9 inserted (11). The same the other way round: a block
 * extended forwards that took a sentence's opening words, its whole copy right before the next
 * block's match.
 */
function returnStolenSentenceParts(map: TextMap): void {
  const { old, oldToNew, newToOld, sentenceEnds } = map;
  const fresh = map.new;
  const same = (i: number, j: number) => j >= 0 && j < fresh.length && newToOld[j] === -1 && fresh.ids[j] === old.ids[i] && fresh.breaks[j] === old.breaks[i];
  const pair = (i: number, j: number) => {
    const was = oldToNew[i] as number;
    if (was >= 0) newToOld[was] = -1;
    oldToNew[i] = j;
    newToOld[j] = i;
  };
  for (let a = 1; a < old.length; a++) {
    if (oldToNew[a] !== -1 || oldToNew[a - 1] === -1) continue;
    let b = a;
    while (b < old.length && oldToNew[b] === -1) b++;
    if (b >= old.length) break;
    const jBefore = oldToNew[a - 1] as number;
    const jAfter = oldToNew[b] as number;
    const n = b - a;
    if (jAfter <= jBefore + n + 1) {
      a = b;
      continue;
    }
    // The unpaired words and the head of the block after them, right after the word before.
    let copy = true;
    for (let d = 0; d < n && copy; d++) copy = same(a + d, jBefore + 1 + d) && jBefore + 1 + d < jAfter;
    if (copy) {
      let chosen = 0;
      for (let t = 0; b + t < old.length && oldToNew[b + t] === jAfter + t && jBefore + 1 + n + t < jAfter && same(b + t, jBefore + 1 + n + t); t++) {
        if (sentenceEnds.has(old.ids[b + t] as number)) chosen = t + 1;
      }
      if (chosen > 0) {
        for (let d = 0; d < n; d++) pair(a + d, jBefore + 1 + d);
        for (let d = 0; d < chosen; d++) pair(b + d, jBefore + 1 + n + d);
        a = b + chosen - 1;
        continue;
      }
    }
    // The tail of the block before them and the unpaired words, right before the word after.
    copy = true;
    for (let d = 0; d < n && copy; d++) copy = same(a + d, jAfter - n + d) && jAfter - n + d > jBefore;
    if (copy) {
      let chosen = 0;
      for (let t = 0; a - 1 - t >= 0 && oldToNew[a - 1 - t] === jBefore - t && jAfter - n - 1 - t > jBefore && same(a - 1 - t, jAfter - n - 1 - t); t++) {
        const i = a - 1 - t;
        if (old.breaks[i] || (i > 0 && sentenceEnds.has(old.ids[i - 1] as number))) chosen = t + 1;
      }
      if (chosen > 0) {
        for (let d = 0; d < n; d++) pair(a + d, jAfter - n + d);
        for (let d = 0; d < chosen; d++) pair(a - 1 - d, jAfter - n - 1 - d);
      }
    }
    a = b;
  }
}

/**
 * A block extended backwards takes the punctuation before its first word when that is the same
 * mark ("… after 2004. In Washington" moved: its "." is the full stop of the sentence before
 * it). Punctuation goes with the word before it: when the old word before the mark is matched
 * and the new token right after that word's match is the same mark, unmatched, the mark is that
 * one, and the moved block starts at its first word. The same the other way round, for a
 * deleted sentence: "… remains tense. Analysts … since 2016. President …" lost its middle
 * sentence, and the block "President …" extended backwards took that sentence's full stop for
 * the one after "tense", which then had none (a stock sentence was not found whole where it was).
 */
/** Marks that end what comes before them (an opening quote belongs to what follows it). */
const CLOSING_MARKS = new Set(['.', ',', '!', '?', ';', ':', ')']);

function returnStolenPunctuation(map: TextMap, oldText: string, newText: string): void {
  giveMarksBack(map.old, map.new, map.oldToNew, map.newToOld, oldText);
  giveMarksBack(map.new, map.old, map.newToOld, map.oldToNew, newText);
}

/** returnStolenPunctuation for marks of `a` (text `aText`) paired with a mark of `b` away from the word before them. */
function giveMarksBack(a: Tokens, b: Tokens, aToB: Int32Array, bToA: Int32Array, aText: string): void {
  for (let i = 1; i < a.length; i++) {
    const j = aToB[i] as number;
    const k = aToB[i - 1] as number;
    if (j < 0 || k < 0 || j === k + 1 || k + 1 >= b.length) continue;
    if (bToA[k + 1] !== -1 || b.ids[k + 1] !== a.ids[i] || a.breaks[i] || b.breaks[k + 1]) continue;
    if (!CLOSING_MARKS.has(aText[a.starts[i] as number] ?? '')) continue;
    bToA[j] = -1;
    aToB[i] = k + 1;
    bToA[k + 1] = i;
  }
}

function sentenceEnds(vocabulary: Map<string, number>): Set<number> {
  return new Set(['.', '!', '?'].map((mark) => vocabulary.get(mark)).filter((id): id is number => id !== undefined));
}

/**
 * An inserted sentence that begins like the next one ("President Haddad said … . President
 * Haddad insisted …") can be aligned two ways; the greedy extension takes the words of the
 * inserted sentence for the old one. Diff tools "slide" such an insertion; we slide it so that it
 * ends with a sentence end, which puts the inserted words in the inserted sentence. Written for
 * insertions into `to` (pass the texts the other way round for deletions).
 */
function slideToSentenceEnds(from: Tokens, to: Tokens, fromTo: Int32Array, toFrom: Int32Array, ends: Set<number>): void {
  for (let a = 0; a + 1 < from.length; a++) {
    const j1 = fromTo[a] as number;
    const j2 = fromTo[a + 1] as number;
    if (j1 < 0 || j2 <= j1 + 1 || ends.has(to.ids[j2 - 1] as number)) continue;
    let inserted = true;
    for (let j = j1 + 1; j < j2 && inserted; j++) if (toFrom[j] !== -1) inserted = false;
    if (!inserted) continue;
    // Slide left by s: from[a-s+1..a] move onto to[j2-s..j2-1]; possible while the words agree.
    let s = 0;
    let chosen = 0;
    while (
      a - s >= 0 && j1 - s > 0 && j2 - 1 - s > j1 &&
      fromTo[a - s] === j1 - s &&
      to.ids[j1 - s] === to.ids[j2 - 1 - s]
    ) {
      s++;
      if (ends.has(to.ids[j2 - 1 - s] as number)) {
        chosen = s;
        break;
      }
    }
    for (let d = 0; d < chosen; d++) {
      const i = a - d;
      toFrom[j1 - d] = -1;
      fromTo[i] = j2 - 1 - d;
      toFrom[j2 - 1 - d] = i;
    }
  }
}

/**
 * Pairs runs of `k` tokens unique in a[a0, a1) and in b[b0, b1), extended while equal. When
 * `ordered`, only the pairs that keep their order (the longest such chain, as patience diff
 * does) are taken.
 */
function matchUnique(map: TextMap, a0: number, a1: number, b0: number, b1: number, k: number, ordered = false): void {
  const { old: a, new: b, oldToNew, newToOld } = map;
  if (a1 - a0 < k || b1 - b0 < k) return;
  // hash of a run → [count in a, last position in a, count in b, last position in b]. Runs
  // whose hashes collide look repeated (no pair) or are told apart when paired (sameRun).
  const runs = new Map<number, [number, number, number, number]>();
  const hash = (ids: Int32Array, at: number) => {
    let h = 0x811c9dc5;
    for (let d = 0; d < k; d++) h = Math.imul(h ^ (ids[at + d] as number), 0x01000193);
    return h >>> 0;
  };
  // Only runs with no token matched yet: a later pass pairs what is left, among what is left.
  const free = (to: Int32Array, at: number) => {
    for (let d = 0; d < k; d++) if (to[at + d] !== -1) return false;
    return true;
  };
  for (let i = a0; i + k <= a1; i++) {
    if (!free(oldToNew, i)) continue;
    const id = hash(a.ids, i);
    const entry = runs.get(id);
    if (entry) {
      entry[0]++;
      entry[1] = i;
    } else runs.set(id, [1, i, 0, -1]);
  }
  for (let j = b0; j + k <= b1; j++) {
    if (!free(newToOld, j)) continue;
    const entry = runs.get(hash(b.ids, j));
    if (entry) {
      entry[2]++;
      entry[3] = j;
    }
  }
  const sameRun = (i: number, j: number) => {
    for (let d = 0; d < k; d++) if (a.ids[i + d] !== b.ids[j + d]) return false;
    return true;
  };
  // A run across a paragraph break counts (it makes its words repeated) but pairs nothing: a
  // run unique only through the first word of the next paragraph ("… remains tense. ¶Neither
  // side …") would pair a sentence on the evidence of a word in another paragraph (a stock
  // sentence repeated before "Neither" took the claim's copy).
  const inOneParagraph = (tokens: Tokens, at: number) => {
    for (let d = 1; d < k; d++) if (tokens.breaks[at + d]) return false;
    return true;
  };
  const pairs: [number, number][] = [];
  for (const [countA, i, countB, j] of runs.values()) {
    if (countA === 1 && countB === 1 && sameRun(i, j) && inOneParagraph(a, i) && inOneParagraph(b, j)) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  for (const [i, j] of ordered ? increasing(pairs) : pairs) {
    if (oldToNew[i] !== -1 || newToOld[j] !== -1) continue;
    // Runs do not cross a paragraph break: each paragraph is matched on its own evidence (a
    // paragraph that moved must not carry the next one along when that one only resembles it).
    let start = 0;
    while (
      !a.breaks[i - start] && !b.breaks[j - start] &&
      i - start - 1 >= a0 && j - start - 1 >= b0 &&
      oldToNew[i - start - 1] === -1 && newToOld[j - start - 1] === -1 &&
      a.ids[i - start - 1] === b.ids[j - start - 1]
    ) start++;
    let end = 0;
    while (
      (end === 0 || (!a.breaks[i + end] && !b.breaks[j + end])) &&
      i + end < a1 && j + end < b1 &&
      oldToNew[i + end] === -1 && newToOld[j + end] === -1 &&
      a.ids[i + end] === b.ids[j + end]
    ) end++;
    for (let d = -start; d < end; d++) {
      oldToNew[i + d] = j + d;
      newToOld[j + d] = i + d;
    }
  }
}

/** The longest subsequence of `pairs` (sorted by old position) whose new positions increase. */
function increasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], p) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((pairs[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[p] = tails[lo - 1] as number;
    tails[lo] = p;
  });
  const kept: [number, number][] = [];
  for (let p = tails.length > 0 ? (tails[tails.length - 1] as number) : -1; p >= 0; p = previous[p] as number) kept.push(pairs[p] as [number, number]);
  return kept.reverse();
}

/** The matched blocks in old order: maximal runs where consecutive old tokens map to consecutive new ones. */
export function blocks(map: TextMap): Block[] {
  const found: Block[] = [];
  const { oldToNew } = map;
  for (let i = 0; i < oldToNew.length; ) {
    const j = oldToNew[i] as number;
    if (j === -1) {
      i++;
      continue;
    }
    let length = 1;
    while (i + length < oldToNew.length && oldToNew[i + length] === j + length) length++;
    found.push({ a: i, b: j, length });
    i += length;
  }
  return found;
}

/** Whether `y` (after `x` in old order) continues `x` in the new text, give or take some edits. */
function inLine(x: Block, y: Block): boolean {
  const gapA = y.a - (x.a + x.length);
  const gapB = y.b - (x.b + x.length);
  return gapB >= 0 && Math.abs(gapB - gapA) <= MAX_LINE_DRIFT;
}

/** A chain's old place, between its old neighbours, must hold this share of its tokens for the chain to be taken for a look-alike. */
const STILL_AT_HOME = 0.75;

/**
 * Drops chains of blocks that moved away from an old place that still holds them: the old
 * neighbours on either side of the chain are still in line with each other, and the new text
 * between them, unpaired, has most of the chain's words. Such a chain was paired with a
 * look-alike elsewhere because an edit at home broke the only run that told them apart
 * ("… were accurate. Neither side has commented on the report." had a sentence inserted in the
 * middle; the same two stock sentences met elsewhere, unique as a pair, and took the claim). The
 * gap passes then pair the passage at home.
 */
function dropChainsStillAtHome(map: TextMap): void {
  const { oldToNew, newToOld } = map;
  const chains = chainsOf(blocks(map));
  if (chains.length <= 1) return;
  for (const chain of chains) {
    const head = chain[0] as Block;
    const tail = chain[chain.length - 1] as Block;
    let p = head.a - 1;
    while (p >= 0 && oldToNew[p] === -1) p--;
    let q = tail.a + tail.length;
    while (q < oldToNew.length && oldToNew[q] === -1) q++;
    if (p < 0 || q >= oldToNew.length) continue;
    const home = { a: p, b: oldToNew[p] as number, length: 1 };
    const next = { a: q, b: oldToNew[q] as number, length: 1 };
    if (!inLine(home, next) || (head.b > home.b && tail.b < next.b)) continue;
    const size = chain.reduce((n, b) => n + b.length, 0);
    const gap = next.b - home.b - 1;
    if (gap < STILL_AT_HOME * size || gap > 2 * size + MAX_LINE_DRIFT) continue;
    const available = new Map<number, number>();
    for (let j = home.b + 1; j < next.b; j++) {
      if (newToOld[j] !== -1) continue;
      const id = map.new.ids[j] as number;
      available.set(id, (available.get(id) ?? 0) + 1);
    }
    let found = 0;
    for (let i = head.a; i < tail.a + tail.length; i++) {
      const left = available.get(map.old.ids[i] as number) ?? 0;
      if (left > 0) {
        found++;
        available.set(map.old.ids[i] as number, left - 1);
      }
    }
    if (found < STILL_AT_HOME * (tail.a + tail.length - head.a)) continue;
    for (const block of chain) {
      for (let d = 0; d < block.length; d++) {
        oldToNew[block.a + d] = -1;
        newToOld[block.b + d] = -1;
      }
    }
  }
}

/** Blocks (in old order) grouped into chains of blocks in line with each other. */
function chainsOf(all: readonly Block[]): Block[][] {
  const chains: Block[][] = [];
  for (const block of all) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    if (chain && last && inLine(last, block)) chain.push(block);
    else chains.push([block]);
  }
  return chains;
}

/**
 * Drops chains of blocks (blocks in line with each other, in old order) shorter than
 * MIN_CHAIN tokens that are not in line with the text around them: a passage that moved must
 * be long enough not to be two look-alike sentences that happen to meet elsewhere.
 */
function dropShortMovedChains(map: TextMap): void {
  const chains = chainsOf(blocks(map));
  if (chains.length <= 1) return;
  chains.forEach((chain) => {
    const size = chain.reduce((n, b) => n + b.length, 0);
    if (size >= MIN_CHAIN) return;
    for (const block of chain) {
      for (let d = 0; d < block.length; d++) {
        map.oldToNew[block.a + d] = -1;
        map.newToOld[block.b + d] = -1;
      }
    }
  });
}

/**
 * Pairs of unmatched stretches to match again: the stretch after each block in the old text
 * with the stretch after it in the new text, and likewise before it. A block carries its
 * surroundings along when its paragraph moves, so this works for moved passages too.
 */
function gapsBesideBlocks(map: TextMap): [number, number, number, number][] {
  const { oldToNew, newToOld } = map;
  const gaps: [number, number, number, number][] = [];
  const seen = new Set<string>();
  const add = (a0: number, a1: number, b0: number, b1: number) => {
    if (a1 <= a0 || b1 <= b0 || a1 - a0 > MAX_GAP || b1 - b0 > MAX_GAP) return;
    const key = `${a0}:${b0}`;
    if (seen.has(key)) return;
    seen.add(key);
    gaps.push([a0, a1, b0, b1]);
  };
  const nextMatched = (from: Int32Array, at: number) => {
    let i = at;
    while (i < from.length && from[i] === -1) i++;
    return i;
  };
  const previousMatched = (from: Int32Array, at: number) => {
    let i = at;
    while (i >= 0 && from[i] === -1) i--;
    return i;
  };
  const all = blocks(map);
  for (const block of all) {
    const aEnd = block.a + block.length;
    const bEnd = block.b + block.length;
    add(aEnd, nextMatched(oldToNew, aEnd), bEnd, nextMatched(newToOld, bEnd));
    add(previousMatched(oldToNew, block.a - 1) + 1, block.a, previousMatched(newToOld, block.b - 1) + 1, block.b);
  }
  if (all.length === 0) add(0, oldToNew.length, 0, newToOld.length);
  return gaps;
}

/** The old tokens of the sentences the claim's tokens [first, last) are in (first to last token). */
export function sentenceAround(map: TextMap, first: number, last: number): [number, number] {
  const { old, sentenceEnds } = map;
  let s0 = first;
  while (s0 > 0 && !sentenceEnds.has(old.ids[s0 - 1] as number) && !old.breaks[s0]) s0--;
  let s1 = last - 1;
  while (s1 + 1 < old.length && !sentenceEnds.has(old.ids[s1] as number) && !old.breaks[s1 + 1]) s1++;
  return [s0, s1];
}

/** Index of the first token ending after `offset` (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens.ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
