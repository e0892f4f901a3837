import { describe, expect, it } from 'vitest';
import { normalizeNumbers } from './normalize-numbers';
import { hasPositiveTerm, parseSearchQuery } from './parse-query';
import { highlightWordBeginnings, splitHighlights } from './highlight';

describe('normalizeNumbers', () => {
  it.each([
    ['2,000 troops', '2000 troops'],
    ['2 000 troops', '2000 troops'],
    ['2\u202f000\u202f000', '2000000'],
    ['1,250,000.50', '1250000.50'],
    ['in 2019 100 people', 'in 2019 100 people'],
    ['3,14', '3,14'],
    ['2000', '2000'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeNumbers(input)).toBe(expected);
  });
});

describe('parseSearchQuery', () => {
  it('reads words, phrases and exclusions', () => {
    expect(parseSearchQuery('Lavróv "foreign minister" -Moscow')).toEqual([
      { words: ['lavróv'], phrase: false, negated: false },
      { words: ['foreign', 'minister'], phrase: true, negated: false },
      { words: ['moscow'], phrase: false, negated: true },
    ]);
  });

  it('joins numbers before splitting words', () => {
    expect(parseSearchQuery('2 000 soldiers')[0]).toEqual({ words: ['2000'], phrase: false, negated: false });
  });

  it.each(["'&|!:*()", '"', '-', '""', '<->', '!!', ':*', '\\', '\u0000'])('makes no term of %j', (input) => {
    expect(parseSearchQuery(input)).toEqual([]);
  });

  it('keeps operator characters out of words', () => {
    expect(parseSearchQuery("o'brien & (budget|cuts):*")).toEqual([
      { words: ['o', 'brien'], phrase: true, negated: false },
      { words: ['budget', 'cuts'], phrase: true, negated: false },
    ]);
  });

  it('reads Arabic words', () => {
    expect(parseSearchQuery('الحكومة الجديدة')).toHaveLength(2);
  });

  it('knows a search of exclusions alone', () => {
    expect(hasPositiveTerm(parseSearchQuery('-a -b'))).toBe(false);
    expect(hasPositiveTerm(parseSearchQuery('a -b'))).toBe(true);
  });
});

describe('splitHighlights', () => {
  it('turns markers into segments and leaves markup as text', () => {
    expect(splitHighlights('a \ue000<b>x</b>\ue001 c')).toEqual([
      { text: 'a ', highlight: false },
      { text: '<b>x</b>', highlight: true },
      { text: ' c', highlight: false },
    ]);
  });
});

describe('highlightWordBeginnings', () => {
  it('marks words beginning with a query word, in any case and without accents', () => {
    expect(highlightWordBeginnings('Wheat exports fell, said Lavróv.', ['export', 'lavrov'])).toEqual([
      { text: 'Wheat ', highlight: false },
      { text: 'exports', highlight: true },
      { text: ' fell, said ', highlight: false },
      { text: 'Lavróv', highlight: true },
      { text: '.', highlight: false },
    ]);
  });

  it('leaves text without a match whole, and keeps every character', () => {
    expect(highlightWordBeginnings('No match here', ['zebra'])).toEqual([{ text: 'No match here', highlight: false }]);
    expect(highlightWordBeginnings('', ['a'])).toEqual([]);
    expect(highlightWordBeginnings('a b', [])).toEqual([{ text: 'a b', highlight: false }]);
  });
});
