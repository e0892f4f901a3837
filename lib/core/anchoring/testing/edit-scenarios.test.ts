import { describe, expect, test } from 'vitest';
import { buildEditScenario, GENERATORS } from './edit-scenarios';
import { CATEGORIES } from './ground-truth';

describe('the edit sets re-anchoring is measured on', () => {
  test.each(GENERATORS)('%s: the same seed gives the same revision, another seed another', (generator) => {
    const first = buildEditScenario(generator, 1, 4_000, 80);
    expect(buildEditScenario(generator, 1, 4_000, 80).edited.text).toBe(first.edited.text);
    expect(buildEditScenario(generator, 2, 4_000, 80).edited.text).not.toBe(first.edited.text);
  });

  test('the generators edit differently', () => {
    const texts = GENERATORS.map((g) => buildEditScenario(g, 5, 4_000, 80).edited.text);
    expect(new Set(texts).size).toBe(GENERATORS.length);
  });

  test.each(GENERATORS)('%s: every surviving character is the same character in the revision, or its rewritten word', (generator) => {
    const { text, edited } = buildEditScenario(generator, 3, 4_000, 80);
    let same = 0;
    let survivors = 0;
    edited.originToNew.forEach((to, from) => {
      if (to < 0) return;
      survivors++;
      if (edited.text[to] === text[from]) same++;
    });
    expect(survivors).toBeGreaterThan(0.8 * text.replace(/\s/g, '').length);
    expect(same / survivors).toBeGreaterThan(0.97);
  });

  test('copy-desk edits reach every category of claim, with the truth span on the new text', () => {
    const scenario = buildEditScenario('copy-desk', 9, 20_000, 400);
    const seen = new Set(scenario.truths.map((t) => t.category));
    for (const category of CATEGORIES) expect(seen).toContain(category);
    scenario.truths.forEach((truth, i) => {
      const range = scenario.ranges[i]!;
      const quote = scenario.text.slice(range.start, range.end);
      if (truth.category === 'deleted') return expect(truth.span).toBeUndefined();
      const now = scenario.edited.text.slice(truth.span!.start, truth.span!.end);
      if (truth.category === 'unchanged' || truth.category === 'moved') expect(now).toBe(quote);
      else expect(now).not.toBe(quote);
    });
  });

  test('copy-desk applies each kind of edit: words inside claims, quotes and dashes, stock sentences, splits and joins', () => {
    const { edited, text } = buildEditScenario('copy-desk', 4, 20_000, 400);
    const applied = (edited as { copyDesk?: Record<string, number> }).copyDesk!;
    for (const kind of ['claimRewrites', 'besideClaims', 'numbers', 'punctuation', 'stockCopies', 'paragraphSplits', 'paragraphJoins', 'paragraphMoves']) {
      expect(applied[kind], kind).toBeGreaterThan(0);
    }
    expect(edited.text).toMatch(/[“”–]/u);
    expect(text).not.toMatch(/[“”–]/u);
  });

  test('stock sentences appear word for word several times in an article', () => {
    const { text } = buildEditScenario('restructure', 2, 20_000, 100);
    const count = text.split('The claim could not be independently verified.').length - 1;
    expect(count).toBeGreaterThan(2);
  });
});
