import { describe, expect, test } from 'vitest';
import { SIMILARITY_THRESHOLD } from './claim-index';
import { compareClaims, trigramSimilarity } from './claim-similarity';

const same = (a: string, b: string) => compareClaims(a, b).score >= SIMILARITY_THRESHOLD;

describe('whether two claims are the same claim', () => {
  test('a quote and its neutral statement are the same claim, and the explanation says what they share', () => {
    const result = compareClaims('The Pentagon has also said there are about 2,000 troops in Syria.', 'About 2,000 US troops are in Syria, according to the Pentagon.');
    expect(result.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(result.numbers).toBe('agree');
    expect(result.explanation).toBe("shares: '2,000', 'Pentagon', 'troops', 'Syria'; numbers agree");
  });

  test('2,000 and 2 000 troops are the same claim', () => {
    expect(same('There are 2 000 US soldiers in Syria.', 'There are 2,000 US troops in Syria.')).toBe(true);
  });

  test('different numbers are not the same claim, and the explanation names them', () => {
    const result = compareClaims('About 2,000 US troops are in Syria, according to the Pentagon.', 'About 5,000 US troops are in Syria, according to the Pentagon.');
    expect(result.score).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(result.numbers).toBe('differ');
    expect(result.explanation).toContain('numbers differ: 2,000 / 5,000');
  });

  test('the same sentence about another country is not the same claim', () => {
    const result = compareClaims('About 2,000 US troops are in Syria.', 'About 2,000 US troops are in Iraq.');
    expect(result.score).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(result.differingNames).toEqual(['Syria', 'Iraq']);
  });

  test('a rise is not a fall', () => {
    const result = compareClaims('Inflation fell to 3.4% in April.', 'Inflation rose to 3.4% in April.');
    expect(result.score).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(result.explanation).toContain('one says up, the other down');
  });

  test('the same sentence about another subject is not the same claim', () => {
    const result = compareClaims('Only 64% of trains arrived on time in the last quarter.', 'Only 64% of buses arrived on time in the last quarter.');
    expect(result.score).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(result.explanation).toContain("the same words around 'trains' / 'buses'");
  });

  test('the same person saying something else is not the same claim', () => {
    expect(same('Lavrov says the presence of American troops in Syria is unlawful.', 'Lavrov says the UN Security Council did not authorise the US operation in Syria.')).toBe(false);
  });

  test('a paraphrase with an acronym spelt out is the same claim', () => {
    expect(same('Almost 40% of jobs worldwide are exposed to AI, the IMF says.', 'The International Monetary Fund estimates that nearly 40 per cent of global jobs are exposed to artificial intelligence.')).toBe(true);
  });

  test('a short statement inside a longer quote is the same claim', () => {
    expect(same('The MMR vaccine causes autism.', 'A campaign video claims the MMR jab causes autism.')).toBe(true);
  });

  test('text with nothing comparable scores zero rather than failing', () => {
    expect(compareClaims('', 'The Pentagon said so.').score).toBe(0);
    expect(compareClaims('?!', '...').explanation).toBe('shares no words');
  });

  test('the similarity is symmetric', () => {
    const a = 'Homicides fell by 13% to 590, the lowest since 2014.';
    const b = 'The number of homicides dropped 13 per cent to 590.';
    expect(compareClaims(a, b).score).toBe(compareClaims(b, a).score);
  });

  test('trigrams are padded as pg_trgm pads them', () => {
    expect(trigramSimilarity(['word'], ['word'])).toBe(1);
    expect(trigramSimilarity(['kingpin'], ['kingpins'])).toBeGreaterThan(0.6);
    expect(trigramSimilarity([], ['word'])).toBe(0);
  });
});
