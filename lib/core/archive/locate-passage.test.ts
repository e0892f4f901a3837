// Story: a fact-checker pastes the sentence their verdict relies on; Factdesk says whether that
// sentence is in the copy of the page it archived, and where, even when the paste differs from
// the page in spacing, quotes or case, but not when the page says something else.
import { describe, expect, it } from 'vitest';
import { locatePassage, normalise } from './locate-passage';

const page = [
  'Ministry of Transport — Annual figures',
  'In 2024 the harbour bridge carried 31,200 vehicles a day on average, down from 33,000 in 2023.',
  'The ferry carried “about 4,000 people” on weekdays.',
].join('\n\n');

describe('locatePassage', () => {
  it('finds a passage pasted verbatim, with its offsets and context', () => {
    const result = locatePassage(page, 'carried 31,200 vehicles a day');
    expect(result).toMatchObject({ state: 'found', method: 'exact' });
    if (result.state !== 'found') return;
    expect(page.slice(result.start, result.end)).toBe('carried 31,200 vehicles a day');
    expect(result.prefix.endsWith('\n\nIn 2024 the harbour bridge ')).toBe(true);
    expect(result.suffix.startsWith(' on average')).toBe(true);
  });

  it('forgives spacing, straight quotes, dashes and case', () => {
    const result = locatePassage(page, '  the FERRY carried "about   4,000 people"  ');
    expect(result).toMatchObject({ state: 'found', method: 'normalised' });
    if (result.state !== 'found') return;
    expect(page.slice(result.start, result.end)).toBe('The ferry carried “about 4,000 people”');
    expect(locatePassage(page, 'Ministry of Transport - annual figures')).toMatchObject({ state: 'found', method: 'normalised' });
  });

  it('finds a passage with a small typo by the project’s fuzzy anchoring', () => {
    const result = locatePassage(page, 'the harbour bridge carried 31,200 vehicels a day on average');
    expect(result).toMatchObject({ state: 'found', method: 'fuzzy' });
  });

  it('does not call a passage found when a figure in it changed', () => {
    expect(locatePassage(page, 'In 2024 the harbour bridge carried 29,000 vehicles a day on average')).toEqual({ state: 'not_found' });
  });

  it('gives up quickly on a periodic page where every place looks alike', () => {
    const text = 'a b '.repeat(250_000);
    expect(locatePassage(text, `${'a b '.repeat(249)}c c `)).toEqual({ state: 'not_found' });
  });

  it('says not found when the page says something else', () => {
    expect(locatePassage(page, 'the harbour bridge carried 45,000 trucks every hour of the night')).toEqual({ state: 'not_found' });
    expect(locatePassage('', 'anything')).toEqual({ state: 'not_found' });
  });

  it('has nothing to find for an empty passage', () => {
    expect(locatePassage(page, '   ')).toEqual({ state: 'no_passage' });
  });

  it('counts offsets in code points as well, past emoji', () => {
    const text = '😀😀 The figure is 12%.';
    const result = locatePassage(text, 'figure is 12%');
    expect(result).toMatchObject({ state: 'found', start: 9, codePointStart: 7, codePointEnd: 20 });
  });

  it('keeps each normalised character’s place in the original', () => {
    const { text, origin } = normalise('A  “B”\n\nc');
    expect(text).toBe('a "b" c');
    expect(origin).toEqual([0, 1, 3, 4, 5, 6, 8]);
  });
});
