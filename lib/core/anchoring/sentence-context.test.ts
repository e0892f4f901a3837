import { describe, expect, test } from 'vitest';
import { ownSentencePrefix, ownSentenceSuffix } from './sentence-context';

describe("the part of a claim's context inside its own sentence", () => {
  test('a claim starting a sentence owns none of its prefix', () => {
    expect(ownSentencePrefix('in Riyadh last summer. ')).toBe('');
    expect(ownSentencePrefix('the previous paragraph.\n\n')).toBe('');
  });

  test('a claim inside a sentence owns the words before it, up to the sentence start', () => {
    expect(ownSentencePrefix('last summer. The Pentagon said ')).toBe('The Pentagon said ');
    expect(ownSentencePrefix('"Safe again," they wrote. Then ')).toBe('Then ');
    expect(ownSentencePrefix('a long sentence without any end')).toBe('a long sentence without any end');
  });

  test('a claim ending a sentence owns none of its suffix', () => {
    expect(ownSentenceSuffix('troops in Syria.', ' Washington did not comment.')).toBe('');
    expect(ownSentenceSuffix('so far,"', '\n\nNext paragraph.')).toBe('');
  });

  test('a claim inside a sentence owns the words after it, up to the sentence end', () => {
    expect(ownSentenceSuffix('about 2,000', ' troops in Syria. Washington')).toBe(' troops in Syria.');
    expect(ownSentenceSuffix('the figures for', ' 2.5 million are disputed. Next')).toBe(' 2.5 million are disputed.');
  });
});
