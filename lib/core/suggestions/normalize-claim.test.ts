import { describe, expect, test } from 'vitest';
import { normalizeClaim } from './normalize-claim';

const numbers = (text: string) => normalizeClaim(text).numbers;
const terms = (text: string) => normalizeClaim(text).terms;

describe('the normal form claims are compared in', () => {
  test('2,000 and 2 000 and 2000 and 2k are the same number', () => {
    for (const written of ['2,000', '2 000', '2000', '2k', '2\u202f000']) expect(numbers(`${written} troops`)).toEqual(['2000']);
  });

  test('millions, billions and per cent are read as values', () => {
    expect(numbers('£1.8bn')).toEqual(['1800000000']);
    expect(numbers('1.8 billion pounds')).toEqual(['1800000000']);
    expect(numbers('7.5m people')).toEqual(['7500000']);
    expect(numbers('43 per cent')).toEqual(['43%']);
    expect(numbers('43%')).toEqual(['43%']);
    expect(numbers('four times the rate')).toEqual(['4']);
  });

  test('a list of separate numbers is not read as one grouped number', () => {
    expect(numbers('412 of the 650 seats')).toEqual(['412', '650']);
    expect(numbers('In 2014 300 people')).toEqual(['2014', '300']);
  });

  test('case, accents, inflection and reporting words do not matter', () => {
    expect(terms('The Pentagon said there are TROOPS in Syria')).toEqual(terms('pentagon: troop, syria'));
    expect(terms('Café prices')).toEqual(terms('cafe price'));
    expect(terms('authorised')).toEqual(terms('authorized'));
    expect(terms('according to the Pentagon, reportedly')).toEqual(terms('Pentagon'));
  });

  test('newsroom synonyms are folded: American is US, soldiers are troops, unlawful is illegal', () => {
    expect(terms('American soldiers are unlawful')).toEqual(terms('US troops are illegal'));
    expect(terms('the United States')).toEqual(terms('US'));
  });

  test('"US" the country is kept while "us" the pronoun is a stop word', () => {
    expect(terms('US troops')).toContain('us');
    expect(terms('tell us about troops')).not.toContain('us');
  });

  test('names are the capitalised words, and a first word only when it cannot be a common word', () => {
    expect([...normalizeClaim('Household bills in Ukraine').names]).toEqual(terms('Ukraine'));
    expect([...normalizeClaim("Nvidia's value, says the IMF").names]).toEqual(terms('Nvidia IMF'));
  });

  test('other scripts are kept as words', () => {
    expect(terms('قال الوزير')).toEqual(['قال', 'الوزير']);
  });
});
