// A deterministic news-like article for anchoring tests and benchmarks. It is built from a
// small vocabulary on purpose: real reporting repeats names, numbers and stock phrases
// ("the ministry said", "percent in 2019"), which is exactly what makes quotes ambiguous and
// fuzzy matches tempting. A few emoji and a rare CJK character keep UTF-16 and code point
// offsets apart.
//
// The article is kept as paragraphs → sentences → tokens (words with their punctuation), and
// every token remembers where it started in the original text (`origin`), so an edited copy can
// say where each original character went.

import type { Random } from './random';

export type Token = {
  text: string;
  /** UTF-16 offset in the original text, -1 if new. */
  origin: number;
  /** Set when an edit rewrote the token: the length of the original word it replaces. */
  originalLength?: number;
  /** Set when the token's paragraph was moved by an edit. */
  moved?: boolean;
};
export type Sentence = Token[];
export type Paragraph = Sentence[];
export type ArticleModel = Paragraph[];

const SUBJECTS = [
  'The Pentagon', 'Foreign Minister Sergei Lavrov', 'The UN Security Council', 'A ministry spokesperson',
  'Analysts at the Brookings Institution', 'The central bank', 'Senator Maria Alvarez', 'The World Health Organization',
  'Local officials', 'The opposition leader', 'A senior diplomat', 'Conflict Armament Research', 'The governor of 𠀀-Lin province',
  'President Omar Haddad', 'The health ministry', 'Researchers at Oxford University', 'The defense ministry',
];
const SAY = ['said', 'claimed', 'reported', 'announced', 'insisted', 'estimated', 'warned', 'argued', 'confirmed'];
const TOPICS = [
  'unemployment', 'inflation', 'the number of refugees', 'military spending', 'the budget deficit', 'crime',
  'vaccination coverage', 'troop levels', 'oil exports', 'food prices', 'rent', 'the trade surplus', 'emissions',
];
const CHANGES = ['rose', 'fell', 'grew', 'dropped', 'climbed', 'declined'];
const PLACES = [
  'Syria', 'Iraq', 'northern Syria', 'the capital', 'Aleppo', 'Brussels', 'the border region', 'Geneva',
  'the eastern provinces', 'Washington', 'Moscow', 'Damascus', 'Riyadh', 'the refugee camps',
];
const UNITS = ['troops', 'people', 'tonnes of wheat', 'families', 'schools', 'weapons', 'barrels a day', 'jobs'];
const ACTIONS = ['deployed', 'displaced', 'delivered', 'destroyed', 'registered', 'seized', 'rebuilt', 'evacuated'];
const PERIODS = ['month', 'year', 'week', 'quarter', 'winter', 'summer'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const OUTLETS = ['the state news agency', 'Reuters', 'a leaked report', 'the interior ministry', 'local media', 'the BBC'];
const EMOJI = ['🎉', '🇸🇾', '🙏', '🔥', '📉'];

/** One sentence from a small set of reporting templates. */
export function generateSentence(random: Random): string {
  const { pick, between } = random;
  const year = between(1995, 2024);
  const number = random.chance(0.5) ? String(between(2, 99)) : `${between(1, 90)},${between(100, 999)}`;
  switch (random.int(9)) {
    case 0: return `${pick(SUBJECTS)} ${pick(SAY)} that ${pick(TOPICS)} ${pick(CHANGES)} by ${between(1, 40)} percent in ${year}.`;
    case 1: return `According to ${pick(OUTLETS)}, about ${number} ${pick(UNITS)} were ${pick(ACTIONS)} in ${pick(PLACES)} last ${pick(PERIODS)}.`;
    case 2: return `${pick(SUBJECTS)} has ${pick(ACTIONS)} ${number} ${pick(UNITS)} in ${pick(PLACES)} since ${year}.`;
    case 3: return `In ${pick(PLACES)}, ${pick(TOPICS)} ${pick(CHANGES)} to ${number} ${pick(UNITS)}, the highest level since ${year}.`;
    case 4: return `${pick(SUBJECTS)} told reporters on ${pick(DAYS)} that ${pick(TOPICS)} would fall by half before ${year + 10}.`;
    case 5: return `"We have ${pick(ACTIONS)} ${number} ${pick(UNITS)} so far," ${pick(SUBJECTS).toLowerCase()} ${pick(SAY)} in ${pick(PLACES)}.`;
    case 6: return `${pick(SUBJECTS)} wrote on social media that ${pick(PLACES)} was "safe again" ${pick(EMOJI)} after ${year}.`;
    case 7: return `${pick(SUBJECTS)} ${pick(SAY)} that ${pick(SUBJECTS).toLowerCase()} had ${pick(ACTIONS)} ${number} ${pick(UNITS)}.`;
    default: return filler(random);
  }
}

/** Short connecting sentences: stock phrases, but rarely word for word the same twice. */
function filler(random: Random): string {
  const { pick } = random;
  switch (random.int(8)) {
    case 0: return `The situation in ${pick(PLACES)} remains tense.`;
    case 1: return `Critics in ${pick(PLACES)} were not convinced.`;
    case 2: return `The claim could not be independently verified by ${pick(OUTLETS)}.`;
    case 3: return `Talks are expected to resume on ${pick(DAYS)}.`;
    case 4: return `Neither side has commented on the report by ${pick(OUTLETS)}.`;
    case 5: return `The figures for ${random.between(1995, 2024)} are disputed.`;
    case 6: return `Residents of ${pick(PLACES)} described long queues outside the bakeries.`;
    default: return `The statement by ${pick(SUBJECTS).toLowerCase()} drew an angry response.`;
  }
}

/**
 * A sentence that does not open like any of `neighbours`. Real reporting does not put two
 * near-identical sentences side by side; when a generator does and an edit deletes one of
 * them, no anchoring method can tell which of the two remained, so such pairs would measure
 * the generator, not the anchoring.
 */
export function generateSentenceBeside(random: Random, neighbours: readonly (string | undefined)[]): string {
  const opening = (s: string) => s.split(' ').slice(0, 4).join(' ');
  const taken = new Set(neighbours.filter((n): n is string => n !== undefined).map(opening));
  for (;;) {
    const sentence = generateSentence(random);
    if (!taken.has(opening(sentence))) return sentence;
  }
}

export function toTokens(sentence: string, origin = -1): Sentence {
  return sentence.split(' ').map((text) => ({ text, origin }));
}

/**
 * Stock sentences a desk's copy repeats word for word ("The claim could not be independently
 * verified."): only their neighbours can say which copy a claim is on.
 */
export const STOCK_SENTENCES = [
  'The claim could not be independently verified.',
  'Neither side has commented on the report.',
  'The ministry did not respond to a request for comment.',
  'Talks are expected to resume next week.',
  'The figures are disputed.',
  'The situation remains tense.',
  '"We will not back down," the spokesperson said.',
  'Officials said the numbers — first published in 2019 — were accurate.',
];

export type ArticleOptions = {
  /** Share of sentences taken word for word from STOCK_SENTENCES (default 0). */
  stockShare?: number;
};

/** Generates an article of about `wordCount` words: a title, then paragraphs of 2–7 sentences. */
export function generateArticle(random: Random, wordCount: number, options: ArticleOptions = {}): { model: ArticleModel; text: string } {
  const model: ArticleModel = [[toTokens('Lavrov: US troops in Syria are there to stay, analysts say')]];
  const stockShare = options.stockShare ?? 0;
  let words = 0;
  let previous: string | undefined;
  while (words < wordCount) {
    const paragraph: Paragraph = [];
    for (let n = random.between(2, 7); n > 0 && words < wordCount; n--) {
      const stock = stockShare > 0 && random.chance(stockShare) ? random.pick(STOCK_SENTENCES) : undefined;
      previous = stock !== undefined && stock !== previous ? stock : generateSentenceBeside(random, [previous]);
      const sentence = toTokens(previous);
      words += sentence.length;
      paragraph.push(sentence);
    }
    model.push(paragraph);
  }
  const text = renderArticle(model);
  assignOrigins(model);
  return { model, text };
}

/** Words joined by spaces, sentences by spaces, paragraphs by blank lines. */
export function renderArticle(model: ArticleModel): string {
  return model.map((p) => p.map((s) => s.map((t) => t.text).join(' ')).join(' ')).join('\n\n');
}

/** Calls `visit` with each token and its UTF-16 offset in `renderArticle(model)`. */
export function walkTokens(model: ArticleModel, visit: (token: Token, offset: number) => void): void {
  let offset = 0;
  model.forEach((paragraph, p) => {
    if (p > 0) offset += 2;
    paragraph.forEach((sentence, s) => {
      if (s > 0) offset += 1;
      sentence.forEach((token, t) => {
        if (t > 0) offset += 1;
        visit(token, offset);
        offset += token.text.length;
      });
    });
  });
}

/** The UTF-16 ranges of paragraphs in `renderArticle(model)` (the blocks a renderer draws). */
export function paragraphRanges(model: ArticleModel): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let offset = 0;
  for (const paragraph of model) {
    const length = paragraph.map((s) => s.map((t) => t.text).join(' ')).join(' ').length;
    ranges.push({ start: offset, end: offset + length });
    offset += length + 2;
  }
  return ranges;
}

function assignOrigins(model: ArticleModel): void {
  walkTokens(model, (token, offset) => {
    token.origin = offset;
  });
}
