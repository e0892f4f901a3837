import { describe, expect, test } from 'vitest';
import { locateQuote } from './locate-quote';

const article =
  '🎉 Breaking: the ministry said 2,000 troops were deployed. ' +
  'Analysts doubted it. Later, the ministry said 2,000 troops were deployed again, ' +
  'and the ministry said nothing else.';

describe('creating a claim from a quote sent by an API client', () => {
  test('a quote that occurs once is found, with its range in UTF-16 and in code points', () => {
    const result = locateQuote(article, { exact: 'Analysts doubted it.' });
    const start = article.indexOf('Analysts doubted it.');
    expect(result).toEqual({
      ok: true,
      start,
      end: start + 20,
      // '🎉' is two UTF-16 units but one code point.
      position: { type: 'TextPositionSelector', start: start - 1, end: start + 19 },
    });
  });

  test('a repeated quote is told apart by its prefix', () => {
    const result = locateQuote(article, { exact: 'the ministry said 2,000 troops', prefix: 'Later, ' });
    expect(result).toMatchObject({ ok: true, start: article.lastIndexOf('the ministry said 2,000 troops') });
  });

  test('a repeated quote is told apart by its suffix', () => {
    const result = locateQuote(article, { exact: 'the ministry said', suffix: ' nothing else.' });
    expect(result).toMatchObject({ ok: true, start: article.indexOf('the ministry said nothing') });
  });

  test('context matching on both sides wins over context matching on one side', () => {
    const text = 'A said X. B said X. A said X!';
    const result = locateQuote(text, { exact: 'said X', prefix: 'A ', suffix: '!' });
    expect(result).toMatchObject({ ok: true, start: text.lastIndexOf('said X') });
  });

  test('when context cannot decide, the hint (a code point offset) picks the nearest occurrence', () => {
    const second = article.lastIndexOf('the ministry said 2,000 troops');
    const result = locateQuote(article, { exact: 'the ministry said 2,000 troops' }, { hint: second - 1 - 5 });
    expect(result).toMatchObject({ ok: true, start: second });
  });

  test('a repeated quote without anything to tell the occurrences apart is ambiguous', () => {
    const result = locateQuote(article, { exact: 'the ministry said' });
    expect(result).toEqual({ ok: false, reason: 'ambiguous', count: 3, message: expect.any(String) });
  });

  test('a quote with a typo is not found: creating a claim never guesses', () => {
    const result = locateQuote(article, { exact: 'the ministry sayd 2,000 troops' });
    expect(result).toEqual({ ok: false, reason: 'not_found', message: expect.any(String) });
  });

  test('an empty or blank quote is refused', () => {
    expect(locateQuote(article, { exact: ' \n' })).toMatchObject({ ok: false, reason: 'empty_quote' });
  });
});
