// What makes a sentence worth checking, as a table a newcomer can read and argue with.
//
// Each signal is a pattern, a weight and the words a checker sees next to the suggestion. The
// positive signals follow what fact-checkers pick (ClaimBuster's and Full Fact's categories):
// numbers and statistics, comparisons and records, statements attributed to someone, studies and
// polls, laws and rules, dates. The negative ones are what they skip: questions, opinions,
// predictions, hedged or unverifiable talk, quotations of feelings, page furniture.
// Each kind counts once per sentence, however often it matches: five numbers are not five times
// as checkable as one.
//
// English only. Other languages get numbers, dates written in digits and question marks
// (Arabic "؟" included); their words score nothing, so few of their sentences are suggested.
// Weights and the threshold are chosen on fixtures/articles (decision 024); change them there.

export type SignalKind =
  | 'statistic' | 'money' | 'quantity' | 'count' | 'comparison' | 'record' | 'attribution' | 'study' | 'law' | 'date'
  | 'question' | 'opinion' | 'prediction' | 'hedge' | 'quotation' | 'page-furniture' | 'fragment';

export type Signal = {
  kind: SignalKind;
  weight: number;
  /** Finds the evidence in the sentence; the first match is quoted in the reason. */
  find: (sentence: string) => string | null;
  /** The reason as the checker reads it, given the evidence. */
  describe: (evidence: string) => string;
};

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const YEAR = /^(1[89]|20)\d{2}$/u;
const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands|millions';
const REPORTING_VERB = 'said|says|told|tells|claimed|claims|stated|states|reported|announced|asserted|added|insisted|accused|estimated|estimates|warned|confirmed|admitted|denied|revealed|argued';
const SPEAKER_NOUN = 'officials?|police|researchers|analysts|experts|scientists|economists|government|ministry|ministers?|spokesm[ae]n|spokeswom[ae]n|spokesperson|monitor|agency|organisers|organizers|department|union|chief|president|mayor|secretary|chancellor|minister|diplomat';

function matcher(pattern: RegExp, group = 0): (sentence: string) => string | null {
  return (sentence) => pattern.exec(sentence)?.[group]?.trim() ?? null;
}

/**
 * A number that is a quantity: not a year ("in 2014"), not a day of a month ("19 June"), not a
 * percentage or an amount of money (those are their own signals).
 */
function findQuantity(sentence: string): string | null {
  for (const match of sentence.matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\d.,])\d+(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m|k)\b)?/gu)) {
    const text = match[0];
    const after = sentence.slice((match.index ?? 0) + text.length, (match.index ?? 0) + text.length + 12);
    const before = sentence.slice(Math.max(0, (match.index ?? 0) - 10), match.index);
    if (YEAR.test(text)) continue;
    if (/^\s?(?:%|per ?cent|percent)/iu.test(after) || /[£$€¥]\s?$/u.test(before)) continue; // a statistic or money already
    if (new RegExp(`^\\s(?:${MONTHS})\\b`, 'u').test(after) || new RegExp(`(?:${MONTHS})\\s$`, 'u').test(before)) continue;
    return text;
  }
  return null;
}

function findAttribution(sentence: string): string | null {
  const patterns = [
    /\baccording to\s+(?:the\s+)?[^,.;]{2,40}/iu,
    new RegExp(`(?:[A-Z][\\p{L}’'-]*\\s+){0,3}[A-Z][\\p{L}’'-]*\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?(?:${REPORTING_VERB})\\b`, 'u'),
    new RegExp(`\\b(?:${SPEAKER_NOUN})\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?(?:${REPORTING_VERB})\\b`, 'iu'),
    new RegExp(`\\b(?:${REPORTING_VERB})\\s+(?:the\\s+)?[A-Z][\\p{L}’'-]*(?:\\s+[A-Z][\\p{L}’'-]*){0,3}`, 'u'),
    new RegExp(`\\b(?:he|she|they|it)\\s+(?:${REPORTING_VERB})\\b`, 'iu'),
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(sentence)?.[0].trim();
    if (found) return found;
  }
  return null;
}

export const SIGNALS: Signal[] = [
  {
    kind: 'statistic',
    weight: 2,
    find: matcher(
      /\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b|percent\b|percentage points?\b)|\bper\s\d{1,3}(?:,\d{3})*\b|\b(?:a|one|two) (?:half|third|quarter|fifth|tenth)s?\b|\b(?:almost |nearly |more than )?half of\b|\b\w+fold\b/iu,
    ),
    describe: (e) => `contains a statistic: ${e}`,
  },
  {
    kind: 'money',
    weight: 2,
    find: matcher(/[£$€¥]\s?\d[\d,.]*(?:\s?(?:bn|m|k|billion|million|trillion)\b)?|\b\d+p\b|\b\d[\d,.]*\s?(?:dollars|pounds|euros)\b/iu),
    describe: (e) => `an amount of money: ${e}`,
  },
  { kind: 'quantity', weight: 2, find: findQuantity, describe: (e) => `a quantity: ${e}` },
  {
    // Weaker than digits: "two accounts", "dozens of towns" are as often narrative as measured.
    kind: 'count',
    weight: 1,
    find: matcher(new RegExp(`\\b(?:${NUMBER_WORDS})\\s+(?:of\\s+)?[a-z]+`, 'iu')),
    describe: (e) => `a count: '${e}'`,
  },
  {
    kind: 'comparison',
    weight: 1,
    find: matcher(
      new RegExp(
        String.raw`\b(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|faster|slower|cheaper|worse|better|warmer|longer|shorter)\s+than\b|\b(?:doubled|tripled|halved|quadrupled)\b|\b(?:rose|fell|increased|decreased|dropped|grew|declined|climbed|jumped|edged (?:up|down)|cut|reduced)\b(?:\s+[\p{L}\d.,%]+){0,3}?\s+(?:by|to|from)\b|\bcompared with\b|\b(?:up|down) (?:from|on)\b|\boutpac\w*|\bovertak\w*|\b\w+ times (?:the|as|more)\b|\bsince\s+(?:(?:${MONTHS})\s+)?(?:1[89]|20)\d{2}\b`,
        'iu',
      ),
    ),
    describe: (e) => `a comparison: '${e}'`,
  },
  {
    kind: 'record',
    weight: 1.5,
    find: matcher(
      /\b(?:a record|record (?:high|low|share|number)|on record|since records began|highest|lowest|largest|biggest|smallest|fastest|hottest|deadliest|busiest|first time|the first\b[^.]{0,40}\bsince|ever|never before)\b/iu,
    ),
    describe: (e) => `claim about a record: '${e}'`,
  },
  { kind: 'attribution', weight: 1, find: findAttribution, describe: (e) => `attributed statement: '${e}'` },
  {
    kind: 'study',
    weight: 1.5,
    find: matcher(
      /\b(?:study|survey|poll|report|analysis|research|census|figures|statistics|data|request|panel)\b[^.;]{0,80}?\b(?:found|finds|shows?|showed|suggests|estimated|estimates|reported|documented)\b|\b(?:data|figures|statistics) (?:from|compiled|published)\b/iu,
    ),
    describe: (e) => `cites a study, poll or data: '${e}'`,
  },
  {
    kind: 'law',
    weight: 2,
    find: matcher(
      /\b(?:laws?|legislation|[Bb]ill|[Rr]esolution(?: \d+)?|[Cc]onstitution(?:al)?|treaty|illegal(?:ly)?|unlawful|lawful|legal|banned|bans|prohibit\w*|court ruled|ruled|ruling|regulations?|[Ss]ection \d+|[Aa]rticle \d+|statute|embargo|sanctions|authori[sz]ed|abolish\w*|in force)\b|\b[A-Z][\p{L}]* Act\b/u,
    ),
    describe: (e) => `claim about a law or rule: '${e}'`,
  },
  {
    kind: 'date',
    weight: 0.5,
    find: matcher(new RegExp(`\\b(?:in|since|by|between|from|until|of)\\s+(?:${MONTHS}\\s+)?(?:1[89]|20)\\d{2}\\b|\\b(?:${MONTHS})\\s+(?:1[89]|20)\\d{2}\\b|\\blast (?:month|year|week)\\b|\\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b`, 'u')),
    describe: (e) => `dated: '${e}'`,
  },
  { kind: 'question', weight: -4, find: matcher(/[?؟][”"’')]*$/u), describe: () => 'a question, not a claim' },
  {
    kind: 'opinion',
    weight: -2,
    find: matcher(
      /\b(?:I|we)\s+(?:think|believe|suspect|feel|hope|would argue|was wrong)\b|\bin my (?:view|opinion)\b|\b(?:should|ought to)\b|\bsurely\b|\bimagine\b|\bit is time\b|\bspeaks for itself\b|\bI don't accept\b|\bI hope\b/iu,
    ),
    describe: (e) => `opinion: '${e}'`,
  },
  {
    kind: 'prediction',
    weight: -1.5,
    find: matcher(/\b(?:will|won't|(?:is|are) expected to|expected|(?:is|are) likely to|likely|could|may|might|forecasts?|predicted|predicts|plans to|set to|going to|next (?:week|month|year|spring|summer|autumn|winter)|time will tell)\b/iu),
    describe: (e) => `prediction: '${e}'`,
  },
  {
    kind: 'hedge',
    weight: -1.5,
    find: matcher(/\b(?:perhaps|maybe|possibly|it is not clear|is unclear|unclear|nobody (?:really )?knows|no one knows|anyone's guess|cannot say|could not be (?:independently )?verified|hard to|is unknown)\b/iu),
    describe: (e) => `hedged or unverifiable: '${e}'`,
  },
  {
    kind: 'quotation',
    weight: -1.5,
    find: (sentence) => (/^[“"‘']/u.test(sentence) && !/\d/u.test(sentence) ? sentence.slice(0, 24) : null),
    describe: () => 'a direct quotation with no checkable detail',
  },
  {
    kind: 'page-furniture',
    weight: -4,
    find: matcher(/^(?:photo(?:graph)?|image|source|read more|follow (?:our|us)|reporting by|more reporting|share this|results in full|the author|this article|transcript)\b|www\.|https?:\/\/|\(Photo by/iu),
    describe: (e) => `page furniture: '${e}'`,
  },
  {
    kind: 'fragment',
    weight: -2,
    find: (sentence) => {
      if (sentence.split(/\s+/u).filter(Boolean).length < 6) return 'fewer than six words';
      if (!/[.!?…。！؟"”’']$/u.test(sentence)) return 'no closing full stop';
      return null;
    },
    describe: (e) => `a headline or fragment: ${e}`,
  },
];
