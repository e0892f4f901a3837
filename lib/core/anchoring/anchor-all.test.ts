import { describe, expect, test } from 'vitest';
import { anchorClaim } from './anchor';
import { anchorAll } from './anchor-all';
import { buildScenario, describeClaims, gradeResults } from './testing/scenario';

describe('re-anchoring all claims of an article at once', () => {
  test('on the unchanged article every claim is found at its stored position', () => {
    const scenario = buildScenario(11, 3_000, 120);
    const results = anchorAll(scenario.text, scenario.claims);
    results.forEach((result, i) => {
      expect(result).toEqual({ state: 'anchored', method: 'position', ...scenario.ranges[i] });
    });
  });

  test.each([101, 202, 303])(
    'on a revised version (seed %i) no claim lands on other words, and most survive',
    (seed) => {
      const scenario = buildScenario(seed, 10_000, 300);
      const results = anchorAll(scenario.edited.text, scenario.claims);
      const { counts } = gradeResults(scenario, results);
      expect(counts.wrong).toBe(0);
      expect(counts.right).toBeGreaterThanOrEqual(0.9 * scenario.claims.length);
      // Every orphan says why, so the reviewer can re-attach it by hand.
      for (const result of results) if (result.state === 'orphaned') expect(result.reason).toMatch(/^(not_found|low_score|ambiguous)$/);
    },
  );

  test('results come back in the order of the claims, whatever their positions', () => {
    const scenario = buildScenario(5, 2_000, 40);
    const reversed = [...scenario.claims].reverse();
    const results = anchorAll(scenario.text, reversed);
    expect(results.map((r) => (r.state === 'anchored' ? r.start : -1))).toEqual(
      [...scenario.ranges].reverse().map((r) => r.start),
    );
  });

  test('neighbouring claims settle a passage the article repeats word for word', () => {
    const passage = 'Officials repeated the claim. The Pentagon has about 2,000 troops in Syria. No one objected.';
    const other = 'In other news, the weather was fine and the markets were calm for most of the week.';
    const text = `${passage}\n\n${other}\n\n${passage}`;
    const ranges = [
      { start: text.lastIndexOf('Officials repeated'), end: text.lastIndexOf('Officials repeated') + 28 },
      { start: text.lastIndexOf('The Pentagon'), end: text.lastIndexOf('Syria.') + 6 },
      { start: text.indexOf('the markets'), end: text.indexOf('the markets') + 26 },
    ];
    const claims = describeClaims(text, ranges);
    const revised = `A new introduction pushes everything down the page.\n\n${text}`;
    const shift = revised.length - text.length;

    // Alone, the claim cannot tell the two copies apart…
    expect(anchorClaim(revised, claims[1]!)).toMatchObject({ state: 'orphaned', reason: 'ambiguous' });
    // …but its neighbours moved by the same amount, which points at the right copy.
    expect(anchorAll(revised, claims)[1]).toMatchObject({ state: 'anchored', start: ranges[1]!.start + shift });
  });

  test('claims without a stored position are still re-anchored by their quote', () => {
    const scenario = buildScenario(8, 2_000, 20);
    const withoutPositions = scenario.claims.map(({ quote }) => ({ quote }));
    const results = anchorAll(`Intro.\n\n${scenario.text}`, withoutPositions);
    expect(results.filter((r) => r.state === 'anchored').length).toBeGreaterThan(10);
  });
});

describe('claims that never had a position (imported quotes)', () => {
  const text = 'The mayor promised a second terminal by 2030. The port opened in 1990.';

  test('a short quote found exactly once is placed by quote', () => {
    const [result] = anchorAll(text, [{ quote: { type: 'TextQuoteSelector', exact: 'a second terminal by 2030', prefix: 'The mayor promised ', suffix: '.' } }]);
    expect(result).toMatchObject({ state: 'anchored', method: 'quote', start: text.indexOf('a second') });
  });

  test('a short quote found twice stays unplaced rather than guessed', () => {
    const twice = `${text} Critics doubt a second terminal by 2030 is affordable.`;
    const [result] = anchorAll(twice, [{ quote: { type: 'TextQuoteSelector', exact: 'a second terminal by 2030', prefix: '', suffix: '' } }]);
    expect(result?.state).toBe('orphaned');
  });
});
