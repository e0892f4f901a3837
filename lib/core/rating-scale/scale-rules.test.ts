import { describe, expect, test } from 'vitest';
import { colorContrast, colorProblem } from './color-contrast';
import { DEFAULT_RATING_SCALE } from './rating-scale';
import { boundsProblems, keyForLabel, scaleProblems, type ScaleRating } from './scale-rules';

const scale = (): ScaleRating[] => DEFAULT_RATING_SCALE.map((r) => ({ ...r, color: null, retired: false }));
const bounds = { worst: 1, best: 5 };

describe('an edited rating scale', () => {
  test('the default scale is a valid scale', () => {
    expect(scaleProblems(bounds, scale())).toEqual([]);
  });

  test('a value outside worst..best is refused, an off-scale outcome has none', () => {
    const ratings = scale();
    ratings[0]!.value = 6;
    expect(scaleProblems(bounds, ratings)).toEqual([expect.objectContaining({ key: 'true', field: 'value' })]);
  });

  test('higher is truer: a truer verdict listed below a less true one is refused', () => {
    const ratings = scale();
    [ratings[0], ratings[1]] = [ratings[1]!, ratings[0]!];
    expect(scaleProblems(bounds, ratings)).toEqual([expect.objectContaining({ key: 'true', field: 'position' })]);
  });

  test('two offered verdicts cannot share a value or a label, a retired one steps aside', () => {
    const ratings = scale();
    ratings[1]!.value = 5;
    ratings[2]!.label = 'true';
    const problems = scaleProblems(bounds, ratings);
    expect(problems.map((p) => [p.key, p.field])).toEqual([['mixed', 'label'], ['mostly_true', 'value']]);
    ratings[0]!.retired = true;
    expect(scaleProblems(bounds, ratings)).toEqual([]);
  });

  test('a value another verdict has is named as such, wherever it sits in the order', () => {
    const ratings = scale();
    ratings[2]!.value = 5;
    const problems = scaleProblems(bounds, ratings);
    expect(problems[0]).toMatchObject({ key: 'mixed', field: 'value', message: '“True” already has the value 5: each verdict on the scale needs its own.' });
  });

  test('a label is required', () => {
    const ratings = scale();
    ratings[3]!.label = '  ';
    expect(scaleProblems(bounds, ratings)).toEqual([expect.objectContaining({ key: 'mostly_false', field: 'label' })]);
  });

  test('a new verdict gets a key from its label, unique in the scale', () => {
    expect(keyForLabel('Pants on fire!', new Set())).toBe('pants_on_fire');
    expect(keyForLabel('False', new Set(['false']))).toBe('false_2');
    expect(keyForLabel('¿…?', new Set())).toBe('verdict');
  });
});

describe('verdict colours', () => {
  test('every tone of the app passes the checks the settings apply', () => {
    for (const hex of ['#15803d', '#4d7c0f', '#a16207', '#c2410c', '#b91c1c', '#6d28d9', '#1d4ed8']) {
      expect(colorProblem(hex), hex).toBeNull();
    }
  });

  test('a light colour is refused because white labels on it cannot be read', () => {
    expect(colorProblem('#facc15')).toMatch(/Too light: white verdict labels on it reach 1\.\d\d:1, 4\.5:1 is needed/);
    expect(colorContrast('#ffffff')?.badgeText).toBe(1);
  });

  test('a colour not written as #rrggbb is refused', () => {
    expect(colorProblem('red')).toMatch(/#1a2b3c/);
    expect(colorProblem('#12345')).toMatch(/#1a2b3c/);
  });

  test('highlighted text stays readable even on the darkest colour (the highlight is a light mix)', () => {
    const report = colorContrast('#000000')!;
    expect(report.highlightText).toBeGreaterThan(4.5);
    expect(colorProblem('#000000')).toBeNull();
  });
});

describe('new ends for the scale', () => {
  test('ends that keep every verdict inside are accepted, wider or narrower', () => {
    expect(boundsProblems({ worst: 0, best: 10 }, scale())).toEqual([]);
    expect(boundsProblems({ worst: 1, best: 5 }, scale())).toEqual([]);
  });

  test('the least true end must be below the truest', () => {
    expect(boundsProblems({ worst: 5, best: 5 }, scale())).toEqual([expect.objectContaining({ field: 'best', keys: [] })]);
    expect(boundsProblems({ worst: 6, best: 2 }, scale())).toHaveLength(1);
  });

  test('verdicts left outside are named, with how many claims carry them', () => {
    const problems = boundsProblems({ worst: 3, best: 4 }, scale(), new Map([['false', 2], ['true', 1]]));
    expect(problems).toEqual([
      { field: 'worst', keys: ['mostly_false', 'false'], message: expect.stringContaining('“Mostly false” (2) and “False” (1, on 2 claims) would fall below the scale 3..4') },
      { field: 'best', keys: ['true'], message: expect.stringContaining('“True” (5, on 1 claim) would fall above') },
    ]);
  });
});
