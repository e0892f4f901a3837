import { describe, expect, test } from 'vitest';
import { createOffsetIndex } from './code-points';
import { codePointsAfter, codePointsBefore, describeRange } from './selectors';

const article =
  'Russian Foreign Minister Sergei Lavrov says the US is trying to split Syria. ' +
  'The Pentagon has also said there are about 2,000 troops in Syria. ' +
  'Washington has not commented.';

function rangeOf(text: string, quote: string): [number, number] {
  const start = text.indexOf(quote);
  return [start, start + quote.length];
}

describe('describing a selected claim with W3C selectors', () => {
  test('a fact-checker marks a sentence and gets its quote with 32 characters of context', () => {
    const quote = 'The Pentagon has also said there are about 2,000 troops in Syria.';
    const result = describeRange(article, ...rangeOf(article, quote));
    expect(result).toEqual({
      ok: true,
      start: article.indexOf(quote),
      end: article.indexOf(quote) + quote.length,
      quote: {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: 'he US is trying to split Syria. ',
        suffix: ' Washington has not commented.',
      },
      position: { type: 'TextPositionSelector', start: 77, end: 77 + quote.length },
    });
    if (result.ok) expect(result.quote.prefix).toHaveLength(32);
  });

  test('a claim at the very start of the article has an empty prefix', () => {
    const result = describeRange(article, 0, 15);
    expect(result.ok && result.quote.prefix).toBe('');
    expect(result.ok && result.quote.exact).toBe('Russian Foreign');
  });

  test('positions count code points when emoji and rare CJK precede the claim', () => {
    const text = '🎉 Breaking 𠀀: the minister said 2,000 troops. 🎉 More soon.';
    const [start, end] = rangeOf(text, 'the minister said 2,000 troops.');
    const result = describeRange(text, start, end);
    if (!result.ok) throw new Error('expected a description');
    expect(result.position).toEqual({ type: 'TextPositionSelector', start: start - 2, end: end - 2 });
    expect([...text].slice(result.position.start, result.position.end).join('')).toBe(result.quote.exact);
    expect(result.quote.prefix).toBe('🎉 Breaking 𠀀: ');
    expect(result.quote.suffix).toBe(' 🎉 More soon.');
  });

  test('context is 32 code points, so an emoji in it counts once and is never cut in half', () => {
    const before = '🎉'.repeat(40);
    const text = `${before}claim${before}`;
    const result = describeRange(text, 80, 85);
    if (!result.ok) throw new Error('expected a description');
    expect(result.quote.prefix).toBe('🎉'.repeat(32));
    expect(result.quote.suffix).toBe('🎉'.repeat(32));
    expect(result.position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });

  test('a selection ending inside an emoji is widened to include the whole emoji', () => {
    const text = 'Celebrate 🎉 now';
    const emoji = text.indexOf('🎉');
    const result = describeRange(text, 0, emoji + 1);
    expect(result.ok && result.quote.exact).toBe('Celebrate 🎉');
    expect(result.ok && result.position.end).toBe(11);
    expect(result.ok && result.end).toBe(emoji + 2);
  });

  test('an index built once gives the same description as building one per call', () => {
    const index = createOffsetIndex(article);
    expect(describeRange(article, 10, 40, index)).toEqual(describeRange(article, 10, 40));
  });

  test.each([
    [-1, 5, 'out_of_range'],
    [5, article.length + 1, 'out_of_range'],
    [20, 10, 'out_of_range'],
    [1.5, 4, 'out_of_range'],
    [12, 12, 'empty_range'],
  ] as const)('the range %s–%s is rejected as %s', (start, end, reason) => {
    const result = describeRange(article, start, end);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe(reason);
  });

  test('a selection of only whitespace is rejected instead of becoming a claim', () => {
    const text = 'One sentence.\n\n  Another.';
    const result = describeRange(text, 13, 17);
    expect(result).toEqual({ ok: false, reason: 'whitespace_only', message: expect.any(String) });
  });
});

describe('taking context by code points', () => {
  test('stops at the ends of the text', () => {
    expect(codePointsBefore('abc', 2, 32)).toBe('ab');
    expect(codePointsAfter('abc', 1, 32)).toBe('bc');
  });

  test('counts a surrogate pair as one character', () => {
    expect(codePointsBefore('x𠀀y', 4, 2)).toBe('𠀀y');
    expect(codePointsAfter('x𠀀y', 0, 2)).toBe('x𠀀');
  });
});
