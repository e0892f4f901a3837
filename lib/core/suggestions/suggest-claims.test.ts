import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createOffsetIndex } from '@/lib/core/anchoring/code-points';
import { describeRange } from '@/lib/core/anchoring/selectors';
import { createClaimIndex } from './claim-index';
import { describeEarlierCheck, suggestClaims } from './suggest-claims';
import { loadLabelledArticles } from './testing/labelled-data';

const article = [
  'Russia’s Foreign Minister Sergei Lavrov says the presence of American troops in Syria is unlawful.',
  'The Pentagon has also said there are about 2,000 troops in Syria. What happens next is anyone’s guess.',
  'I think the talks will fail.',
].join('\n\n');

const published = createClaimIndex([
  { id: 'c1', statement: 'About 2,000 US troops are in Syria, according to the Pentagon.', verdictLabel: 'False', publishedAt: '2026-05-03T09:00:00Z' },
]);

describe('suggested claims on import', () => {
  test('a sentence repeating a checked claim is offered with the earlier verdict and date', () => {
    const suggestion = suggestClaims(article, { published }).find((s) => s.kind === 'already-checked');
    expect(suggestion?.exact).toBe('The Pentagon has also said there are about 2,000 troops in Syria.');
    expect(suggestion?.match?.claim.id).toBe('c1');
    expect(suggestion?.reasons[0]).toMatch(/^Your desk rated this False on 3 May 2026: “About 2,000 US troops/u);
  });

  test('check-worthy sentences are offered with their reasons; opinions and hedges are not', () => {
    const suggestions = suggestClaims(article);
    expect(suggestions.map((s) => s.exact)).toEqual([
      'Russia’s Foreign Minister Sergei Lavrov says the presence of American troops in Syria is unlawful.',
      'The Pentagon has also said there are about 2,000 troops in Syria.',
    ]);
    expect(suggestions[0]?.reasons).toEqual(expect.arrayContaining(["claim about a law or rule: 'unlawful'"]));
    expect(suggestions.every((s) => s.kind === 'check-worthy')).toBe(true);
  });

  test('a suggestion can be anchored as it is: its code point range holds its exact quote', () => {
    const text = `Emoji first 🎉🎉. ${article}`;
    const index = createOffsetIndex(text);
    for (const suggestion of suggestClaims(text)) {
      const start = index.toUtf16(suggestion.start);
      const end = index.toUtf16(suggestion.end);
      expect(text.slice(start, end)).toBe(suggestion.exact);
      const described = describeRange(text, start, end, index);
      expect(described.ok && described.position.start).toBe(suggestion.start);
    }
  });

  test('sentences already marked as claims are not suggested again', () => {
    const [first] = suggestClaims(article);
    const rest = suggestClaims(article, { marked: [{ start: first!.start + 5, end: first!.start + 20 }] });
    expect(rest.map((s) => s.exact)).not.toContain(first!.exact);
  });

  test('without a verdict, the earlier check is still named', () => {
    const [match] = createClaimIndex([{ id: 'c2', statement: 'Lavrov says US troops in Syria are there illegally.' }]).findSimilar(
      'Lavrov says the presence of American troops in Syria is unlawful.',
    );
    expect(describeEarlierCheck(match!)).toMatch(/^Your desk checked this before: “Lavrov says/u);
  });

  test('the real Press TV article gets the demo claims’ sentences as suggestions', () => {
    const text = readFileSync(new URL('../../../../shared/fixtures/presstv-lavrov-syria.txt', import.meta.url), 'utf8');
    const suggested = suggestClaims(text).map((s) => s.exact);
    expect(suggested).toContain('The Pentagon has also said there are about 2,000 troops in Syria.');
    expect(suggested).not.toContain('SHARE THIS ARTICLE');
  });

  test('an Arabic article does not crash and its sentences keep exact quotes', () => {
    const text = 'قال الوزير إن 5000 جندي موجودون في سوريا. هل هذا صحيح؟';
    for (const suggestion of suggestClaims(text)) expect(text).toContain(suggestion.exact);
  });

  test('labelled articles keep every labelled sentence whole through the splitter', () => {
    for (const labelled of loadLabelledArticles()) {
      const cut = suggestClaims(labelled.text).map((s) => s.exact);
      for (const exact of cut) expect(labelled.sentences.map((s) => s.text)).toContain(exact);
    }
  });
});
