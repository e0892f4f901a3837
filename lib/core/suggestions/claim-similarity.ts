// How alike two claims are, from 0 (nothing in common) to 1 (the same words), with the reasons a
// checker can read. Used by "already checked?" (a statement against earlier claims) and by
// suggestions on import (a sentence against the desk's published claims).
//
// The score is a weighted mix of three views of the normal forms (normalize-claim.ts):
//   - weighted Dice of the terms and numbers: how much of both claims is shared;
//   - weighted overlap of the shorter one: a short statement fully inside a long quote
//     ("The MMR vaccine causes autism") is the same claim even though the quote says more;
//   - character trigrams of the terms (as pg_trgm makes them): spelling variants and
//     inflections the stemmer missed ("Dayr"/"Deir" share little, "kingpins"/"kingpin" much).
// Then disagreements cut it: numbers on both sides that do not meet ("2,000 troops" against
// "5,000 troops") are a different claim whatever the words; so are different names in the
// same place ("Syria"/"Iraq"), opposite directions ("rose"/"fell"), and claims that read the
// same but for one short run of words ("64% of trains…" / "64% of buses…"): that run is
// what each claim is about.
// Weights come from the labelled pairs (fixtures/claim-pairs*.txt; bench prints the curve).
import { normalizeClaim, toTerm } from './normalize-claim';
import type { NormalizedClaim } from './normalize-claim';

export type NumberAgreement = 'agree' | 'differ' | 'one-sided' | 'none';

export type ClaimSimilarity = {
  score: number;
  /** How the words shared by both claims were written in the first one, weightiest first. */
  shared: string[];
  numbers: NumberAgreement;
  /** Numbers found in only one of the claims, as written. */
  differingNumbers: string[];
  /** Names found in only one claim each, when both have such names. */
  differingNames: string[];
  /** One line for the reader: "shares: 'Lavrov', '2,000', 'troops'; numbers agree". */
  explanation: string;
};

/** Weight of a term: its inverse document frequency when a set of claims is known. */
export type TermWeight = (term: string) => number;

const WEIGHTS = { dice: 0.45, overlap: 0.25, trigrams: 0.3 };
// Numbers on one side only: an added detail when some numbers are shared ("… in 2022" against
// "…"), more likely another claim about the same subject when none are.
const PENALTY = { numbersDiffer: 0.4, detailAdded: 0.9, numbersOneSided: 0.7, namesDiffer: 0.5, directionsDiffer: 0.6, swapped: 0.6 };
/** A number pins a claim down more than any word, so it counts double. */
const NUMBER_WEIGHT = 2;
const INCREASE = toTerm('increase');
const DECREASE = toTerm('decrease');

export function compareClaims(a: string | NormalizedClaim, b: string | NormalizedClaim, weight: TermWeight = () => 1): ClaimSimilarity {
  const left = typeof a === 'string' ? normalizeClaim(a) : a;
  const right = typeof b === 'string' ? normalizeClaim(b) : b;
  const rightTerms = new Set(right.terms);
  const rightNumbers = new Set(right.numbers);

  const sharedTerms = left.terms.filter((term) => rightTerms.has(term));
  const sharedNumbers = left.numbers.filter((value) => rightNumbers.has(value));
  const termWeight = (terms: Iterable<string>) => sum(terms, weight);
  const sharedWeight = termWeight(sharedTerms) + NUMBER_WEIGHT * sharedNumbers.length;
  const leftWeight = termWeight(left.terms) + NUMBER_WEIGHT * left.numbers.length;
  const rightWeight = termWeight(right.terms) + NUMBER_WEIGHT * right.numbers.length;
  if (leftWeight === 0 || rightWeight === 0) return unrelated();

  const dice = (2 * sharedWeight) / (leftWeight + rightWeight);
  const overlap = sharedWeight / Math.min(leftWeight, rightWeight);
  const trigrams = trigramSimilarity(left.terms, right.terms);
  let score = WEIGHTS.dice * dice + WEIGHTS.overlap * overlap + WEIGHTS.trigrams * trigrams;

  const onlyLeft = left.numbers.filter((value) => !rightNumbers.has(value));
  const onlyRight = right.numbers.filter((value) => !left.numbers.includes(value));
  const numbers = agreement(sharedNumbers.length, onlyLeft.length, onlyRight.length);
  if (numbers === 'differ') score *= PENALTY.numbersDiffer;
  if (numbers === 'one-sided') score *= sharedNumbers.length > 0 ? PENALTY.detailAdded : PENALTY.numbersOneSided;

  const namesLeft = unexplainedNames(left, right);
  const namesRight = unexplainedNames(right, left);
  const namesDiffer = namesLeft.length > 0 && namesRight.length > 0;
  if (namesDiffer) score *= PENALTY.namesDiffer;
  const directionsDiffer = opposite(left.terms, rightTerms) || opposite(right.terms, new Set(left.terms));
  if (directionsDiffer) score *= PENALTY.directionsDiffer;
  const swapped = swappedWords(left, right);
  if (swapped) score *= PENALTY.swapped;

  const shared = [
    ...sharedNumbers.map((value) => left.surface.get(value) ?? value),
    ...sharedTerms.sort((x, y) => weight(y) - weight(x)).map((term) => left.surface.get(term) ?? term),
  ].slice(0, 6);
  const differingNumbers = [
    ...onlyLeft.map((value) => left.surface.get(value) ?? value),
    ...onlyRight.map((value) => right.surface.get(value) ?? value),
  ];
  const differingNames = namesDiffer
    ? [...namesLeft.map((n) => left.surface.get(n) ?? n), ...namesRight.map((n) => right.surface.get(n) ?? n)]
    : [];
  return {
    score: round(Math.min(1, score)),
    shared,
    numbers,
    differingNumbers,
    differingNames,
    explanation: explain(shared, numbers, differingNumbers, differingNames, directionsDiffer, swapped),
  };
}

/**
 * Names of `claim` the other claim does not mention. A name counts as mentioned when the other
 * has a word starting alike ("Canada"/"Canadian", "Syria"/"Syrian") or an acronym it begins a
 * letter of ("International Monetary Fund"/"IMF").
 */
function unexplainedNames(claim: NormalizedClaim, other: NormalizedClaim): string[] {
  const otherAcronyms = [...other.acronyms].filter((acronym) => !claim.terms.includes(acronym) && isAcronymOf(acronym, claim));
  return [...claim.names].filter(
    (name) =>
      !other.terms.some((term) => term === name || (term.length >= 4 && name.length >= 4 && term.slice(0, 4) === name.slice(0, 4))) &&
      !otherAcronyms.some((acronym) => acronym.includes(name[0] as string)) &&
      !(claim.acronyms.has(name) && isAcronymOf(name, other)),
  );
}

/** "imf" stands for names of `claim`: "international", "monetary", "fund". */
function isAcronymOf(acronym: string, claim: NormalizedClaim): boolean {
  const initials = new Set([...claim.names].map((term) => term[0]));
  return [...acronym].every((letter) => initials.has(letter));
}

/**
 * The differing words when two claims have the same terms in the same order but for one run of
 * at most two terms on each side, with at least two terms around it: a template with another
 * subject. Runs that are inflections of each other ("subsidising"/"subsidies") do not count.
 */
function swappedWords(left: NormalizedClaim, right: NormalizedClaim): [string, string] | null {
  const a = left.terms;
  const b = right.terms;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const onlyLeft = a.slice(prefix, a.length - suffix);
  const onlyRight = b.slice(prefix, b.length - suffix);
  if (onlyLeft.length === 0 || onlyRight.length === 0 || onlyLeft.length > 2 || onlyRight.length > 2 || prefix + suffix < 2) return null;
  const alike = (x: string, y: string) => x.length >= 4 && y.length >= 4 && x.slice(0, 4) === y.slice(0, 4);
  if (onlyLeft.every((x) => onlyRight.some((y) => alike(x, y)))) return null;
  const written = (claim: NormalizedClaim, terms: string[]) => terms.map((term) => claim.surface.get(term) ?? term).join(' ');
  return [written(left, onlyLeft), written(right, onlyRight)];
}

function agreement(shared: number, onlyLeft: number, onlyRight: number): NumberAgreement {
  if (onlyLeft > 0 && onlyRight > 0) return 'differ';
  if (onlyLeft > 0 || onlyRight > 0) return 'one-sided';
  return shared > 0 ? 'agree' : 'none';
}

function opposite(terms: string[], other: Set<string>): boolean {
  return terms.includes(INCREASE) && !terms.includes(DECREASE) && other.has(DECREASE) && !other.has(INCREASE);
}

function explain(
  shared: string[],
  numbers: NumberAgreement,
  differing: string[],
  names: string[],
  directions: boolean,
  swapped: [string, string] | null,
): string {
  const parts = [shared.length > 0 ? `shares: ${shared.map((word) => `'${word}'`).join(', ')}` : 'shares no words'];
  if (numbers === 'agree') parts.push('numbers agree');
  if (numbers === 'differ') parts.push(`numbers differ: ${differing.join(' / ')}`);
  if (numbers === 'one-sided') parts.push(`only one mentions ${differing.join(', ')}`);
  if (names.length > 0) parts.push(`names differ: ${names.join(' / ')}`);
  if (directions) parts.push('one says up, the other down');
  if (swapped) parts.push(`the same words around '${swapped[0]}' / '${swapped[1]}'`);
  return parts.join('; ');
}

/** Jaccard similarity of the words' trigrams, padded as pg_trgm pads them ("  w", "wo", …). */
export function trigramSimilarity(left: string[], right: string[]): number {
  const a = trigrams(left);
  const b = trigrams(right);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / (a.size + b.size - shared);
}

function trigrams(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

function sum(terms: Iterable<string>, weight: TermWeight): number {
  let total = 0;
  for (const term of terms) total += weight(term);
  return total;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function unrelated(): ClaimSimilarity {
  return { score: 0, shared: [], numbers: 'none', differingNumbers: [], differingNames: [], explanation: 'shares no words' };
}
