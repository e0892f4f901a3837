// A deterministic "second version" of a generated article, as an editor would produce it:
// sentences inserted and deleted, paragraphs moved, single words rewritten (a corrected number,
// a changed verb). Because every surviving token keeps its original offset, the edited text
// comes with a map from each original character to its new place — the ground truth against
// which re-anchoring is graded (see `grade.ts`).

import { generateSentenceBeside, renderArticle, toTokens, walkTokens } from './article';
import type { ArticleModel, Sentence } from './article';
import { createRandom } from './random';
import type { Random } from './random';

export type EditCounts = {
  insertions: number;
  deletions: number;
  paragraphMoves: number;
  rewrites: number;
};

export type EditSet = {
  text: string;
  /**
   * For each UTF-16 offset of the original text, its offset in `text`, or -1 if it is gone.
   * Characters of a rewritten word map onto the word that replaced it.
   */
  originToNew: Int32Array;
  /** The edits actually applied (a deletion is skipped when it would empty a paragraph). */
  applied: EditCounts;
  /** For each UTF-16 offset of the original text, 1 if its paragraph was moved. */
  moved: Uint8Array;
};

/** About one edit per 200 words: a thoroughly revised version, not a rewrite. */
export function defaultEditCounts(wordCount: number): EditCounts {
  const per = (n: number) => Math.max(1, Math.round((wordCount / 50_000) * n));
  return { insertions: per(80), deletions: per(50), paragraphMoves: per(20), rewrites: per(120) };
}

const SWAPS: Record<string, string> = {
  said: 'stated', claimed: 'alleged', rose: 'increased', fell: 'decreased', about: 'roughly', troops: 'soldiers',
  people: 'civilians', announced: 'declared', highest: 'largest', reporters: 'journalists', last: 'this',
};

/**
 * Applies `counts` random edits to a copy of `model` (the original is left untouched).
 * `originalLength` is the length of the original rendered text.
 */
export function generateEditSet(
  seed: number,
  model: ArticleModel,
  originalLength: number,
  counts: EditCounts,
): EditSet {
  const random = createRandom(seed);
  const edited: ArticleModel = model.map((p) => p.map((s) => s.map((t) => ({ ...t }))));
  const applied: EditCounts = { insertions: 0, deletions: 0, paragraphMoves: 0, rewrites: 0 };
  const queue: (keyof EditCounts)[] = [];
  for (const kind of Object.keys(counts) as (keyof EditCounts)[]) {
    for (let i = 0; i < counts[kind]; i++) queue.push(kind);
  }
  // Interleave the kinds so that, say, a moved paragraph can later receive an insertion.
  for (let i = queue.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [queue[i], queue[j]] = [queue[j] as keyof EditCounts, queue[i] as keyof EditCounts];
  }
  for (const kind of queue) {
    if (EDITS[kind](random, edited)) applied[kind]++;
  }

  return { ...renderEditSet(edited, originalLength), applied };
}

/** The edited text and its ground truth: where each original character went, and what moved. */
export function renderEditSet(edited: ArticleModel, originalLength: number): { text: string; originToNew: Int32Array; moved: Uint8Array } {
  const originToNew = new Int32Array(originalLength).fill(-1);
  const moved = new Uint8Array(originalLength);
  walkTokens(edited, (token, offset) => {
    if (token.origin < 0) return;
    // A rewritten word is still the claim's word, edited: its characters map onto the new word,
    // and the punctuation it kept at its end (rewriteWord keeps it: "far,\"" → "reportedly,\"")
    // onto that punctuation.
    const length = token.originalLength ?? token.text.length;
    const tail = Math.min(length, /[.,:;"“”]*$/u.exec(token.text)?.[0].length ?? 0);
    const core = token.text.length - tail;
    for (let i = 0; i < length; i++) {
      const fromEnd = length - i;
      originToNew[token.origin + i] = offset + (fromEnd <= tail ? token.text.length - fromEnd : Math.min(i, Math.max(0, core - 1)));
      if (token.moved) moved[token.origin + i] = 1;
    }
  });
  return { text: renderArticle(edited), originToNew, moved };
}

type Edit = (random: Random, model: ArticleModel) => boolean;

const EDITS: Record<keyof EditCounts, Edit> = {
  insertions(random, model) {
    const paragraph = random.pick(model.slice(1));
    const at = random.int(paragraph.length + 1);
    const beside = [paragraph[at - 1], paragraph[at]].map((s) => s?.map((t) => t.text).join(' '));
    paragraph.splice(at, 0, toTokens(generateSentenceBeside(random, beside)));
    return true;
  },
  deletions(random, model) {
    const paragraph = random.pick(model.slice(1));
    if (paragraph.length < 2) return false;
    paragraph.splice(random.int(paragraph.length), 1);
    return true;
  },
  paragraphMoves(random, model) {
    return moveParagraph(random, model);
  },
  rewrites(random, model) {
    const sentence: Sentence = random.pick(random.pick(model.slice(1)));
    const at = random.int(sentence.length);
    const token = sentence[at];
    if (!token) return false;
    const text = rewriteWord(random, token.text);
    sentence[at] = { text, origin: token.origin, originalLength: token.originalLength ?? token.text.length };
    return true;
  },
};

/** Moves a paragraph elsewhere (never before the title) and marks its words as moved. */
export function moveParagraph(random: Random, model: ArticleModel): boolean {
  const from = 1 + random.int(model.length - 1);
  const [moved] = model.splice(from, 1);
  if (!moved) return false;
  const to = 1 + random.int(model.length);
  // Put back where it was, it has not moved.
  if (to !== from) for (const sentence of moved) for (const token of sentence) token.moved = true;
  model.splice(to, 0, moved);
  return true;
}

/** A different word with the same trailing punctuation: a corrected figure or a synonym. */
export function rewriteWord(random: Random, word: string): string {
  const [, core = '', tail = ''] = /^(.*?)([.,:;"]*)$/u.exec(word) ?? [];
  let replacement: string;
  if (/^[\d,]+$/.test(core)) replacement = String(random.between(2, 99_000));
  else replacement = SWAPS[core] ?? (core.length > 3 ? `${core.slice(0, -2)}ed` : 'reportedly');
  if (replacement === core) replacement = `${core}s`;
  return replacement + tail;
}
