import { describe, expect, test } from 'vitest';
import {
  codePointToUtf16,
  createOffsetIndex,
  snapUtf16,
  splitsSurrogatePair,
  utf16ToCodePoint,
} from './code-points';

// '🎉' and '𠀀' (U+20000, a rare CJK ideograph) are astral: two UTF-16 units, one code point.
const article = 'Party 🎉 time: 𠀀 said the minister, 🎉🎉 twice.';

describe('converting offsets between JavaScript strings and W3C / PostgreSQL code points', () => {
  test('a text without astral characters converts as the identity', () => {
    const index = createOffsetIndex('The Pentagon said 2,000 troops.');
    expect(index.hasAstral).toBe(false);
    expect(index.toCodePoint(18)).toBe(18);
    expect(index.toUtf16(18)).toBe(18);
    expect(index.codePointLength).toBe(31);
  });

  test('an emoji before a claim shifts its code point offset by one per emoji', () => {
    const index = createOffsetIndex(article);
    const utf16 = article.indexOf('said');
    expect(index.toCodePoint(utf16)).toBe(utf16 - 2); // '🎉' and '𠀀' come before
    expect([...article].slice(utf16 - 2, utf16 + 2).join('')).toBe('said');
    expect(index.toUtf16(utf16 - 2)).toBe(utf16);
  });

  test('agrees with counting code points the slow way at every character boundary', () => {
    const index = createOffsetIndex(article);
    const chars = [...article];
    let utf16 = 0;
    chars.forEach((char, codePoint) => {
      expect(index.toCodePoint(utf16)).toBe(codePoint);
      expect(index.toUtf16(codePoint)).toBe(utf16);
      utf16 += char.length;
    });
    expect(index.toCodePoint(article.length)).toBe(chars.length);
    expect(index.toUtf16(chars.length)).toBe(article.length);
    expect(index.codePointLength).toBe(chars.length);
  });

  test('a range covering an emoji and a rare CJK character round-trips exactly', () => {
    const index = createOffsetIndex(article);
    const start = article.indexOf('🎉🎉');
    const end = start + '🎉🎉 twice'.length;
    const cpStart = index.toCodePoint(start);
    const cpEnd = index.toCodePoint(end, 'end');
    expect([...article].slice(cpStart, cpEnd).join('')).toBe('🎉🎉 twice');
    expect(article.slice(index.toUtf16(cpStart), index.toUtf16(cpEnd))).toBe('🎉🎉 twice');
  });

  test('an offset inside a surrogate pair snaps back for a start and forward for an end', () => {
    const text = 'a𠀀b';
    expect(splitsSurrogatePair(text, 2)).toBe(true);
    const index = createOffsetIndex(text);
    expect(index.toCodePoint(2)).toBe(1); // start of '𠀀'
    expect(index.toCodePoint(2, 'end')).toBe(2); // after '𠀀'
    expect(snapUtf16(text, 2, 'start')).toBe(1);
    expect(snapUtf16(text, 2, 'end')).toBe(3);
  });

  test('offsets beyond the text are clamped rather than producing impossible positions', () => {
    const index = createOffsetIndex(article);
    expect(index.toCodePoint(-5)).toBe(0);
    expect(index.toCodePoint(10_000)).toBe(index.codePointLength);
    expect(index.toUtf16(10_000)).toBe(article.length);
  });

  test('a lone surrogate counts as one code point, as for-of iteration does', () => {
    const text = 'x\ud83dy';
    expect(createOffsetIndex(text).codePointLength).toBe([...text].length);
  });

  test('one-off helpers give the same answers as the index', () => {
    expect(utf16ToCodePoint(article, article.indexOf('time'))).toBe(article.indexOf('time') - 1);
    expect(codePointToUtf16(article, 9)).toBe(10);
  });
});
