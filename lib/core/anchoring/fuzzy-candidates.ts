// Candidate places for a quote that no longer occurs exactly. Hypothesis runs the approximate
// search over the whole text. We search only where the claim is expected (the windows of its
// `Locality`), for two reasons:
//  - an inexact match far from every prediction is never accepted (choose-match.ts: far away,
//    only a perfect match is trusted), so searching there only costs time — O(n · k/32) per
//    claim, about 5 ms on a 300,000-character article;
//  - `approx-string-match` reports only the matches with the lowest error count in the text it
//    is given, so one look-alike sentence anywhere would hide the true, slightly edited place.
//    Searching in overlapping chunks keeps the best match of every neighbourhood.
// The error budget is Hypothesis's: min(256, floor(quote length / 2)).

import type { Locality } from './locality';
import { editDistance, findApproximate } from './text-search';
import type { StringMatch } from './text-search';

/** Chunks are at least this long, so short quotes are not searched in tiny pieces. */
const MIN_CHUNK = 128;

export function maxErrorsFor(quote: string): number {
  return Math.min(256, Math.floor(quote.length / 2));
}

export function findFuzzyCandidates(text: string, exact: string, locality: Locality): StringMatch[] {
  const maxErrors = maxErrorsFor(exact);
  if (maxErrors === 0) return [];
  // Windows bound where a match may *start*; it may also start up to maxErrors earlier (text
  // deleted before it) and reaches at most maxErrors past the quote's length.
  const reach = exact.length + maxErrors;
  const windows = locality.windows.map((w): [number, number] => [
    Math.max(0, w.start - maxErrors),
    Math.min(text.length, w.end + reach),
  ]);

  const matches: StringMatch[] = [];
  const widened = new Set<string>();
  for (const [from, to] of mergeOverlapping(windows)) {
    // Consecutive chunks overlap by `reach`, so every match lies wholly inside some chunk.
    const step = Math.max(MIN_CHUNK, reach);
    for (let at = from; at < to; at += step) {
      const end = Math.min(to, at + step + reach);
      for (const m of findApproximate(text.slice(at, end), exact, maxErrors)) {
        const match = { start: m.start + at, end: m.end + at, errors: m.errors };
        matches.push(match);
        const whole = toWholeWords(text, exact, match, widened);
        if (whole) matches.push(whole);
      }
      if (end === to) break;
    }
  }
  return matches;
}

/**
 * The same match widened to whole words, when it starts or ends inside one. The lowest-error
 * alignment of a quote whose first or last word was rewritten ("the report" → "reportedly
 * report") cuts into the new word, which breaks the context check; the widened variant keeps
 * the edited word inside the claim, where a reader expects it.
 */
function toWholeWords(text: string, exact: string, match: StringMatch, seen: Set<string>): StringMatch | undefined {
  let { start, end } = match;
  while (start > 0 && isWordChar(text, start - 1) && isWordChar(text, start)) start--;
  while (end < text.length && isWordChar(text, end - 1) && isWordChar(text, end)) end++;
  const key = `${start}:${end}`;
  if ((start === match.start && end === match.end) || seen.has(key)) return undefined;
  seen.add(key);
  return { start, end, errors: editDistance(exact, text.slice(start, end)) };
}

function isWordChar(text: string, at: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[at] ?? '');
}

function mergeOverlapping(windows: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of [...windows].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else if (from < to) merged.push([from, to]);
  }
  return merged;
}
