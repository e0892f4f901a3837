import { describe, expect, test } from 'vitest';
import { createClaimIndex, searchKey } from './claim-index';
import { generatePublishedClaims } from './testing/generated-claims';

const published = [
  { id: 'troops', statement: 'About 2,000 US troops are in Syria, according to the Pentagon.' },
  { id: 'troops-iraq', statement: 'About 2,000 US troops are in Iraq, according to the Pentagon.' },
  { id: 'resolution', statement: 'UN Security Council Resolution 2254 says the future of Syria rests only with the Syrian people.' },
  ...generatePublishedClaims(2_000),
];

describe('finding earlier claims like a sentence among many', () => {
  test('a sentence repeating a published claim finds it first, among thousands', () => {
    const index = createClaimIndex(published);
    const [best] = index.findSimilar('The Pentagon has also said there are about 2,000 troops in Syria.');
    expect(best?.claim.id).toBe('troops');
    expect(best?.similarity.explanation).toContain('numbers agree');
  });

  test('a loosely related sentence finds nothing rather than a weak match', () => {
    const index = createClaimIndex(published);
    expect(index.findSimilar('Russian diplomats met their Syrian counterparts in Moscow on Thursday.')).toEqual([]);
  });

  test('stored search keys give the same answers as normalising every statement', () => {
    const withKeys = published.map((claim) => ({ ...claim, searchKey: searchKey(claim.statement) }));
    const sentence = 'According to Resolution 2254, the future of Syria rests with the Syrian people.';
    const answers = (index: ReturnType<typeof createClaimIndex<{ id: string; statement: string }>>) =>
      index.findSimilar(sentence).map((match) => [match.claim.id, match.similarity]);
    expect(answers(createClaimIndex(withKeys))).toEqual(answers(createClaimIndex(published)));
    expect(answers(createClaimIndex(withKeys))[0]?.[0]).toBe('resolution');
  });

  test('the search key is the normal form in order, numbers marked', () => {
    expect(searchKey('The Pentagon says 2,000 American soldiers are in Syria.')).toBe('pentagon us troop syria #2000');
  });

  test('an empty index and an empty sentence answer with no matches', () => {
    expect(createClaimIndex([]).findSimilar('About 2,000 US troops are in Syria.')).toEqual([]);
    expect(createClaimIndex(published).findSimilar('')).toEqual([]);
  });
});
