import { describe, expect, test } from 'vitest';
import { commonPrefixLength, commonSuffixLength, editDistance, findAllExact, findApproximate, similarity } from './text-search';

describe('searching the article text', () => {
  test('every occurrence of a quote is found, overlapping ones included, up to a limit', () => {
    expect(findAllExact('said, said, said', 'said')).toEqual([0, 6, 12]);
    expect(findAllExact('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findAllExact('said, said, said', 'said', 2)).toEqual([0, 6]);
    expect(findAllExact('anything', '')).toEqual([]);
  });

  test('the approximate search finds a quote whose figure was corrected', () => {
    const text = 'The Pentagon said 2,500 troops are in Syria.';
    const [match] = findApproximate(text, 'said 2,000 troops', 8);
    expect(match).toMatchObject({ errors: 1 });
    expect(text.slice(match?.start, match?.end)).toBe('said 2,500 troops');
  });
});

describe('comparing context', () => {
  test('identical context scores 1, unrelated context scores low', () => {
    expect(similarity('the US is trying to split Syria. ', 'the US is trying to split Syria. ')).toBe(1);
    expect(similarity('Markets were calm on Monday too.', 'the US is trying to split Syria. ')).toBeLessThan(0.5);
  });

  test('one changed word costs only its characters', () => {
    expect(similarity('the US is trying to divide Syria.', 'the US is trying to split Syria.')).toBeCloseTo(1 - 5 / 32, 5);
  });

  test('the context may sit anywhere in the text beside the candidate (free alignment)', () => {
    expect(similarity('xx said that', 'said that')).toBe(1);
    expect(similarity('', 'said')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });

  test('edit distance and common runs', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(commonSuffixLength('prefix ends here. ', 'other ends here. ')).toBe(12);
    expect(commonPrefixLength(' and then more', ' and then less')).toBe(10);
  });
});
