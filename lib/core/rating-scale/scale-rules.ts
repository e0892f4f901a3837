// The rules an edited rating scale must keep (decision 040). Pure: the data layer applies a
// proposed change to the current scale and asks this whether the result is a scale.
// - values: higher is truer, within the scale's worst..best; outcomes off the scale have none;
// - order: the offered verdicts on the scale, in their order, have strictly falling values
//   (the best first, as the picker and the methodology page list them), so no two share one;
// - labels: present, short, and not two alike among the offered verdicts;
// - colour: none (the tone of its place on the scale) or a hex colour that passes contrast.

import { colorProblem } from './color-contrast';

export type ScaleRating = {
  key: string;
  label: string;
  description: string;
  value: number | null;
  color: string | null;
  retired: boolean;
};

export type ScaleProblem = { key: string; field: 'label' | 'description' | 'value' | 'color' | 'position'; message: string };

export const LABEL_MAX = 60;
export const DESCRIPTION_MAX = 1000;

export function scaleProblems(bounds: { worst: number; best: number }, ratings: readonly ScaleRating[]): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  const offered = ratings.filter((r) => !r.retired);
  const labels = new Map<string, string>();
  for (const r of ratings) {
    const label = r.label.trim();
    if (!label) problems.push({ key: r.key, field: 'label', message: 'A verdict needs a label.' });
    else if (label.length > LABEL_MAX) problems.push({ key: r.key, field: 'label', message: `At most ${LABEL_MAX} characters.` });
    if (r.description.length > DESCRIPTION_MAX) {
      problems.push({ key: r.key, field: 'description', message: `At most ${DESCRIPTION_MAX} characters.` });
    }
    if (r.value !== null && (!Number.isInteger(r.value) || r.value < bounds.worst || r.value > bounds.best)) {
      problems.push({ key: r.key, field: 'value', message: `A whole number from ${bounds.worst} (least true) to ${bounds.best} (most true), or none for an outcome off the scale.` });
    }
    if (r.color !== null) {
      const problem = colorProblem(r.color);
      if (problem) problems.push({ key: r.key, field: 'color', message: problem });
    }
    if (!r.retired && label) {
      const folded = label.toLocaleLowerCase();
      const other = labels.get(folded);
      if (other) problems.push({ key: r.key, field: 'label', message: `“${label}” is already a verdict of this scale.` });
      else labels.set(folded, r.key);
    }
  }
  const onScale = offered.filter((r) => r.value !== null);
  const valueOwner = new Map<number, ScaleRating>();
  for (const r of onScale) {
    const owner = valueOwner.get(r.value as number);
    if (owner) problems.push({ key: r.key, field: 'value', message: `“${owner.label}” already has the value ${r.value}: each verdict on the scale needs its own.` });
    else valueOwner.set(r.value as number, r);
  }
  for (let i = 1; i < onScale.length; i += 1) {
    const above = onScale[i - 1]!;
    const here = onScale[i]!;
    if ((here.value as number) > (above.value as number)) {
      problems.push({ key: here.key, field: 'position', message: `Higher is truer: “${here.label}” (${here.value}) must come before “${above.label}” (${above.value}).` });
    }
  }
  return problems;
}

export type BoundsProblem = { field: 'worst' | 'best'; message: string; keys: string[] };

/**
 * What is wrong with new ends for the scale: the least true end must be below the truest, and
 * every verdict's value (retired ones too: claims carry them) must stay within the ends, or the
 * change would silently leave verdicts off the scale. `usedBy` (claims per key) is only for the
 * message: an admin must see which verdicts, and how much they are used, before moving them.
 */
export function boundsProblems(
  bounds: { worst: number; best: number },
  ratings: readonly Pick<ScaleRating, 'key' | 'label' | 'value'>[],
  usedBy: ReadonlyMap<string, number> = new Map(),
): BoundsProblem[] {
  if (!Number.isInteger(bounds.worst) || !Number.isInteger(bounds.best) || bounds.worst >= bounds.best) {
    return [{ field: 'best', message: `The truest end (${bounds.best}) must be a whole number above the least true end (${bounds.worst}).`, keys: [] }];
  }
  const problems: BoundsProblem[] = [];
  const outside = (field: BoundsProblem['field'], out: readonly Pick<ScaleRating, 'key' | 'label' | 'value'>[], where: string) => {
    if (out.length === 0) return;
    const named = out.map((r) => {
      const used = usedBy.get(r.key) ?? 0;
      return `“${r.label}” (${r.value}${used > 0 ? `, on ${used} claim${used === 1 ? '' : 's'}` : ''})`;
    });
    problems.push({
      field,
      keys: out.map((r) => r.key),
      message: `${joinNames(named)} would fall ${where} the scale ${bounds.worst}..${bounds.best}. Give ${out.length === 1 ? 'it a value' : 'them values'} within the new ends, or none, first.`,
    });
  };
  outside('worst', ratings.filter((r) => r.value !== null && r.value < bounds.worst), 'below');
  outside('best', ratings.filter((r) => r.value !== null && r.value > bounds.best), 'above');
  return problems;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A key for a new verdict from its label: lower-case words joined by _, unique in the scale. */
export function keyForLabel(label: string, taken: ReadonlySet<string>): string {
  const base = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'verdict';
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
  return key;
}
