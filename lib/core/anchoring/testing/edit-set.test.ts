import { describe, expect, test } from 'vitest';
import { generateArticle } from './article';
import { defaultEditCounts, generateEditSet, renderEditSet } from './edit-set';
import { createRandom } from './random';

describe('the generated revision used to measure re-anchoring', () => {
  const { model, text } = generateArticle(createRandom(42), 5_000);

  test('is the same for the same seed, and different for another', () => {
    const counts = defaultEditCounts(5_000);
    const first = generateEditSet(1, model, text.length, counts);
    expect(generateEditSet(1, model, text.length, counts).text).toBe(first.text);
    expect(generateEditSet(2, model, text.length, counts).text).not.toBe(first.text);
  });

  test('applies every kind of edit and leaves the original article untouched', () => {
    const before = JSON.stringify(model);
    const edited = generateEditSet(3, model, text.length, { insertions: 5, deletions: 5, paragraphMoves: 3, rewrites: 8 });
    expect(edited.applied).toEqual({ insertions: 5, deletions: 5, paragraphMoves: 3, rewrites: 8 });
    expect(JSON.stringify(model)).toBe(before);
    expect(edited.text).not.toBe(text);
  });

  test('maps every surviving character to the same character in the revision', () => {
    const edited = generateEditSet(4, model, text.length, { insertions: 10, deletions: 10, paragraphMoves: 4, rewrites: 0 });
    let survivors = 0;
    edited.originToNew.forEach((to, from) => {
      if (to < 0) return;
      survivors++;
      expect(edited.text[to]).toBe(text[from]);
    });
    expect(survivors).toBeGreaterThan(0.8 * text.replace(/\s/g, '').length);
  });

  test('a rewritten word keeps its trailing punctuation: the old marks map onto the same marks', () => {
    // 'so far," he' → 'so reportedly," he': the claim 'so far,"' is now 'so reportedly,"', marks included.
    const rewritten = [[[{ text: 'so', origin: 0 }, { text: 'reportedly,"', origin: 3, originalLength: 5 }, { text: 'he', origin: 9 }]]];
    const { text: revised, originToNew } = renderEditSet(rewritten, 11);
    expect(revised).toBe('so reportedly," he');
    expect([6, 7].map((i) => revised[originToNew[i] as number])).toEqual([',', '"']);
    expect([3, 4, 5].map((i) => originToNew[i])).toEqual([3, 4, 5]);
  });
});
