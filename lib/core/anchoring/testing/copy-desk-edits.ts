// A second, harsher edit-set generator: what a copy desk does to a story after publication,
// aimed at the claims themselves as well as around them. Besides the sentence insertions and
// deletions and the paragraph moves of `edit-set.ts`, it
//   - replaces 1–3 words inside claims (never more than a third of a claim's words, so the
//     claim is still recognisably itself), and edits the word right next to a claim;
//   - changes figures (numbers rewritten);
//   - changes punctuation and quotes: straight ↔ curly quotes, hyphens ↔ dashes, commas;
//   - copies stock sentences elsewhere (the same sentence several times in the article);
//   - splits and joins paragraphs (only whitespace changes).
// Every surviving token keeps its original offset, so the ground truth is exact (`renderEditSet`).

import { generateSentenceBeside, STOCK_SENTENCES, toTokens } from './article';
import type { ArticleModel, Sentence, Token } from './article';
import type { ClaimSpan } from './claims';
import { moveParagraph, renderEditSet, rewriteWord } from './edit-set';
import type { EditSet } from './edit-set';
import { createRandom } from './random';
import type { Random } from './random';

export type CopyDeskCounts = {
  insertions: number;
  deletions: number;
  paragraphMoves: number;
  /** Claims that get 1–3 of their words replaced. */
  claimRewrites: number;
  /** Claims whose neighbouring word (just before or after) is replaced, or gets a word inserted beside it. */
  besideClaims: number;
  numbers: number;
  punctuation: number;
  stockCopies: number;
  paragraphSplits: number;
  paragraphJoins: number;
};

export type CopyDeskEditSet = EditSet & { copyDesk: CopyDeskCounts };

/** Per 50,000 words; scaled to the article. */
export function copyDeskCounts(wordCount: number, mix: 'copy-desk' | 'restructure' = 'copy-desk'): CopyDeskCounts {
  const per = (n: number) => Math.max(1, Math.round((wordCount / 50_000) * n));
  if (mix === 'restructure') {
    return {
      insertions: per(60), deletions: per(40), paragraphMoves: per(60), claimRewrites: per(40), besideClaims: per(40),
      numbers: per(30), punctuation: per(60), stockCopies: per(40), paragraphSplits: per(60), paragraphJoins: per(60),
    };
  }
  return {
    insertions: per(80), deletions: per(50), paragraphMoves: per(20), claimRewrites: per(80), besideClaims: per(60),
    numbers: per(40), punctuation: per(80), stockCopies: per(20), paragraphSplits: per(15), paragraphJoins: per(15),
  };
}

type Context = { random: Random; model: ArticleModel; claims: readonly ClaimSpan[] };
type Edit = (context: Context) => boolean;

export function generateCopyDeskEdits(
  seed: number,
  model: ArticleModel,
  originalLength: number,
  claims: readonly ClaimSpan[],
  counts: CopyDeskCounts,
): CopyDeskEditSet {
  const random = createRandom(seed);
  const edited: ArticleModel = model.map((p) => p.map((s) => s.map((t) => ({ ...t }))));
  const applied = Object.fromEntries(Object.keys(counts).map((k) => [k, 0])) as CopyDeskCounts;
  const queue: (keyof CopyDeskCounts)[] = [];
  for (const kind of Object.keys(counts) as (keyof CopyDeskCounts)[]) for (let i = 0; i < counts[kind]; i++) queue.push(kind);
  for (let i = queue.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [queue[i], queue[j]] = [queue[j] as keyof CopyDeskCounts, queue[i] as keyof CopyDeskCounts];
  }
  const context: Context = { random, model: edited, claims };
  for (const kind of queue) if (EDITS[kind](context)) applied[kind]++;

  const rendered = renderEditSet(edited, originalLength);
  return {
    ...rendered,
    applied: {
      insertions: applied.insertions + applied.stockCopies,
      deletions: applied.deletions,
      paragraphMoves: applied.paragraphMoves,
      rewrites: applied.claimRewrites + applied.besideClaims + applied.numbers + applied.punctuation,
    },
    copyDesk: applied,
  };
}

const body = (model: ArticleModel) => model.slice(1);
const sentenceText = (s: Sentence | undefined) => s?.map((t) => t.text).join(' ');

const EDITS: Record<keyof CopyDeskCounts, Edit> = {
  insertions({ random, model }) {
    const paragraph = random.pick(body(model));
    const at = random.int(paragraph.length + 1);
    paragraph.splice(at, 0, toTokens(generateSentenceBeside(random, [sentenceText(paragraph[at - 1]), sentenceText(paragraph[at])])));
    return true;
  },
  deletions({ random, model }) {
    const paragraph = random.pick(body(model));
    if (paragraph.length < 2) return false;
    paragraph.splice(random.int(paragraph.length), 1);
    return true;
  },
  paragraphMoves: ({ random, model }) => moveParagraph(random, model),
  claimRewrites({ random, model, claims }) {
    const tokens = claimTokens(model, random.pick(claims));
    if (tokens.length < 3) return false;
    const count = Math.min(3, Math.max(1, Math.floor(tokens.length / 3)), random.between(1, 3));
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(random.int(tokens.length));
    for (const i of chosen) rewrite(random, tokens[i] as Located);
    return true;
  },
  besideClaims({ random, model, claims }) {
    const tokens = claimTokens(model, random.pick(claims));
    const edge = random.chance(0.5) ? tokens[0] : tokens[tokens.length - 1];
    if (!edge) return false;
    const before = edge === tokens[0];
    const neighbourAt = before ? edge.at - 1 : edge.at + 1;
    if (random.chance(0.5)) {
      // A word inserted right next to the claim, in its sentence.
      edge.sentence.splice(before ? edge.at : edge.at + 1, 0, { text: random.pick(['reportedly', 'also', 'now', 'only']), origin: -1 });
      return true;
    }
    const neighbour = edge.sentence[neighbourAt];
    if (!neighbour || neighbour.origin < 0) return false;
    rewrite(random, { sentence: edge.sentence, at: neighbourAt, token: neighbour });
    return true;
  },
  numbers({ random, model }) {
    const numbers = locate(model, (t) => /^[\d,]*\d[\d,]*[.,]?$/.test(t.text) && t.origin >= 0);
    if (numbers.length === 0) return false;
    rewrite(random, random.pick(numbers));
    return true;
  },
  punctuation({ random, model }) {
    const candidates = locate(model, (t) => t.origin >= 0 && repunctuate(t.text) !== t.text);
    if (candidates.length === 0) return false;
    const { sentence, at, token } = random.pick(candidates);
    sentence[at] = { ...token, text: repunctuate(token.text), originalLength: token.originalLength ?? token.text.length };
    return true;
  },
  stockCopies({ random, model }) {
    const paragraph = random.pick(body(model));
    const at = random.int(paragraph.length + 1);
    const stock = random.pick(STOCK_SENTENCES);
    if (sentenceText(paragraph[at - 1]) === stock || sentenceText(paragraph[at]) === stock) return false;
    paragraph.splice(at, 0, toTokens(stock));
    return true;
  },
  paragraphSplits({ random, model }) {
    const p = 1 + random.int(model.length - 1);
    const paragraph = model[p] as Sentence[];
    if (paragraph.length < 2) return false;
    const at = random.between(1, paragraph.length - 1);
    model.splice(p + 1, 0, paragraph.splice(at));
    return true;
  },
  paragraphJoins({ random, model }) {
    if (model.length < 3) return false;
    const p = 1 + random.int(model.length - 2);
    const [next] = model.splice(p + 1, 1);
    (model[p] as Sentence[]).push(...(next ?? []));
    return true;
  },
};

/** Straight quotes become curly and back, dashes change, a trailing comma goes. */
function repunctuate(word: string): string {
  if (word.includes('"')) return word.replace(/^"/, '“').replace(/"/g, '”');
  if (/[“”]/.test(word)) return word.replace(/[“”]/g, '"');
  if (word === '—') return '–';
  if (/\S-\S/.test(word)) return word.replace('-', '–');
  if (/\p{L},$/u.test(word)) return word.slice(0, -1);
  return word;
}

type Located = { sentence: Sentence; at: number; token: Token };

function rewrite(random: Random, { sentence, at, token }: Located): void {
  sentence[at] = { text: rewriteWord(random, token.text), origin: token.origin, originalLength: token.originalLength ?? token.text.length, moved: token.moved };
}

function locate(model: ArticleModel, keep: (token: Token) => boolean): Located[] {
  const found: Located[] = [];
  for (const paragraph of body(model)) {
    for (const sentence of paragraph) sentence.forEach((token, at) => keep(token) && found.push({ sentence, at, token }));
  }
  return found;
}

/** The still-original tokens of a claim, in order (a claim may span two sentences). */
function claimTokens(model: ArticleModel, claim: ClaimSpan): Located[] {
  return locate(model, (t) => t.origin >= claim.start && t.origin < claim.end);
}
