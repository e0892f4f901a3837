import { describe, expect, test } from 'vitest';
import { createOffsetIndex } from '@/lib/core/anchoring/code-points';
import { splitSentences } from './split-sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('cutting an article into sentences', () => {
  test('full stops, question marks and paragraph breaks end sentences', () => {
    expect(texts('Inflation fell to 3.4%. Will rates fall?\n\nA new paragraph')).toEqual([
      'Inflation fell to 3.4%.',
      'Will rates fall?',
      'A new paragraph',
    ]);
  });

  test('abbreviations, initials, decimals and web addresses do not end a sentence', () => {
    expect(texts('Mr. Smith met Gen. James R. Mattis in the U.S. capital at 3.30 pm. See www.presstv.co.uk today.')).toEqual([
      'Mr. Smith met Gen. James R. Mattis in the U.S. capital at 3.30 pm.',
      'See www.presstv.co.uk today.',
    ]);
  });

  test('a quotation that ends in a question mark stays inside its sentence', () => {
    expect(texts('“Why now?” she asked. He did not answer.')).toEqual(['“Why now?” she asked.', 'He did not answer.']);
  });

  test('a sentence closing a quotation keeps its closing mark', () => {
    expect(texts('He said the choppers came from “unknown places.” Then they left.')).toEqual([
      'He said the choppers came from “unknown places.”',
      'Then they left.',
    ]);
  });

  test('offsets are code points: an emoji before a sentence moves it by one, not two', () => {
    const text = 'Launch day 🚀. The Pentagon said 2,000 troops are in Syria.';
    const [, second] = splitSentences(text);
    expect(second?.text).toBe('The Pentagon said 2,000 troops are in Syria.');
    expect(second?.start).toBe(14);
    const index = createOffsetIndex(text);
    expect(text.slice(index.toUtf16(second!.start), index.toUtf16(second!.end))).toBe(second?.text);
  });

  test('Arabic text is split at its own question mark and full stop without crashing', () => {
    expect(texts('قال الوزير إن 2000 جندي في سوريا. هل هذا صحيح؟ نعم')).toEqual([
      'قال الوزير إن 2000 جندي في سوريا.',
      'هل هذا صحيح؟',
      'نعم',
    ]);
  });

  test('empty and blank text has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});
