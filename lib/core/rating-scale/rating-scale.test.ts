import { describe, expect, test } from 'vitest';
import { DEFAULT_RATING_SCALE, ratingTone, scaleBounds, verdictPaint } from './rating-scale';

describe('the default rating scale', () => {
  test('offers five scale verdicts from True (5) to False (1) and three outcomes off the scale', () => {
    const onScale = DEFAULT_RATING_SCALE.filter((r) => r.value !== null).map((r) => [r.key, r.value]);
    expect(onScale).toEqual([
      ['true', 5],
      ['mostly_true', 4],
      ['mixed', 3],
      ['mostly_false', 2],
      ['false', 1],
    ]);
    const offScale = DEFAULT_RATING_SCALE.filter((r) => r.value === null).map((r) => r.key);
    expect(offScale).toEqual(['misleading', 'unproven', 'not_checkable']);
  });

  test('every verdict has a unique key and a definition a reader can follow', () => {
    const keys = new Set(DEFAULT_RATING_SCALE.map((r) => r.key));
    expect(keys.size).toBe(DEFAULT_RATING_SCALE.length);
    for (const rating of DEFAULT_RATING_SCALE) expect(rating.description.length).toBeGreaterThan(20);
  });
});

describe('highlight tones', () => {
  const bounds = scaleBounds(DEFAULT_RATING_SCALE);

  test('the bounds of the default scale are 1 (worst) and 5 (best)', () => {
    expect(bounds).toEqual({ best: 5, worst: 1 });
  });

  test('map each scale verdict to its own tone, higher is truer', () => {
    const tones = DEFAULT_RATING_SCALE.slice(0, 5).map((r) => ratingTone(r, bounds));
    expect(tones).toEqual(['true', 'mostly-true', 'mixed', 'mostly-false', 'false']);
  });

  test('a custom 0–10 scale still spreads from true to false', () => {
    const custom = [{ value: 10 }, { value: 0 }, { value: 5 }];
    const b = scaleBounds(custom);
    expect(custom.map((r) => ratingTone(r, b))).toEqual(['true', 'false', 'mixed']);
  });

  test('outcomes off the scale and claims without a verdict get their own tones', () => {
    expect(ratingTone({ value: null }, bounds)).toBe('off-scale');
    expect(ratingTone(null, bounds)).toBe('none');
    expect(scaleBounds([{ value: null }])).toBeNull();
  });
});

describe('verdictPaint', () => {
  const bounds = { worst: 1, best: 5 };
  const colors = new Map<string, string | null>([['true', '#1d4ed8'], ['false', null]]);
  test('keeps the tone of the place on the scale and adds the chosen colour', () => {
    expect(verdictPaint({ key: 'true', value: 5 }, bounds, colors)).toEqual({ tone: 'true', color: '#1d4ed8' });
    expect(verdictPaint({ key: 'false', value: 1 }, bounds, colors)).toEqual({ tone: 'false', color: null });
    expect(verdictPaint({ key: 'unknown', value: null }, bounds, colors)).toEqual({ tone: 'off-scale', color: null });
    expect(verdictPaint(null, bounds, colors)).toEqual({ tone: 'none', color: null });
  });
});
