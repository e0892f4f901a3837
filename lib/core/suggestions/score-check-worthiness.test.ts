import { describe, expect, test } from 'vitest';
import { scoreCheckWorthiness } from './score-check-worthiness';

const reasons = (sentence: string) => scoreCheckWorthiness(sentence).reasons.map((r) => r.text);

describe('which sentences are worth checking, and why', () => {
  test('a percentage attributed to a minister is suggested with both reasons', () => {
    const result = scoreCheckWorthiness('Unemployment rose to 4.3% last year, the finance minister said on Tuesday.');
    expect(result.worthy).toBe(true);
    expect(reasons('Unemployment rose to 4.3% last year, the finance minister said on Tuesday.')).toEqual(
      expect.arrayContaining(['contains a statistic: 4.3%', "attributed statement: 'minister said'"]),
    );
  });

  test('a number of troops sourced to the Pentagon is suggested', () => {
    const result = scoreCheckWorthiness('The Pentagon has also said there are about 2,000 troops in Syria.');
    expect(result.worthy).toBe(true);
    expect(result.reasons.map((r) => r.text)).toEqual(
      expect.arrayContaining(['a quantity: 2,000', "attributed statement: 'The Pentagon has also said'"]),
    );
  });

  test('a claim about a law or resolution says so', () => {
    const sentence = 'According to the UN Security Council Resolution 2254, the decision on the future of Syria only rests with the Syrian people, Lavrov added.';
    expect(scoreCheckWorthiness(sentence).worthy).toBe(true);
    expect(reasons(sentence)).toContain("claim about a law or rule: 'Resolution 2254'");
  });

  test('a comparison and a record are named', () => {
    expect(reasons('Rents rose 8.1% in the year to April, more than wages and a record for the series.')).toEqual(
      expect.arrayContaining(["a comparison: 'more than'", "claim about a record: 'a record'"]),
    );
  });

  test('a question is not suggested, and the reason says it is a question', () => {
    const result = scoreCheckWorthiness('Will the Bank of England cut rates by 0.25% in June?');
    expect(result.worthy).toBe(false);
    expect(result.reasons.map((r) => r.text)).toContain('a question, not a claim');
  });

  test('an opinion is not suggested', () => {
    const result = scoreCheckWorthiness('I think the government should stop celebrating and start building homes.');
    expect(result.worthy).toBe(false);
    expect(result.reasons.map((r) => r.text)).toContain("opinion: 'I think'");
  });

  test('a prediction counts against a sentence even when it has a number', () => {
    const result = scoreCheckWorthiness('Analysts at one bank predicted that inflation will fall below 3% by the autumn.');
    expect(result.reasons.map((r) => r.text)).toContain("prediction: 'predicted'");
    expect(result.score).toBeLessThan(scoreCheckWorthiness('Inflation fell below 3% in the autumn, the bank said.').score);
  });

  test('a hedge, a quotation of feelings and page furniture are not suggested', () => {
    expect(scoreCheckWorthiness('Perhaps a deal is closer than it looks.').worthy).toBe(false);
    expect(scoreCheckWorthiness('“This is a historic day,” said one campaigner.').worthy).toBe(false);
    expect(scoreCheckWorthiness('Russia’s Foreign Minister Sergei Lavrov (Photo by AFP)').worthy).toBe(false);
  });

  test('positive reasons come before negative ones, strongest first', () => {
    const weights = scoreCheckWorthiness('Landlords will have to give tenants four months’ notice under the new law, which passed by 212 votes.').reasons.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => Math.sign(b) - Math.sign(a) || Math.abs(b) - Math.abs(a)));
  });

  test('Arabic and other scripts are scored without crashing; digits still count (a year-like 2000 would not)', () => {
    const result = scoreCheckWorthiness('قال الوزير إن 5000 جندي أمريكي موجودون في سوريا.');
    expect(result.reasons.map((r) => r.kind)).toContain('quantity');
    expect(scoreCheckWorthiness('هل هذا صحيح؟').worthy).toBe(false);
    expect(scoreCheckWorthiness('東京の人口は1400万人です。').score).toEqual(expect.any(Number));
  });
});
