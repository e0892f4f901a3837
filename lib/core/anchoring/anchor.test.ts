import { describe, expect, test } from 'vitest';
import { anchorClaim } from './anchor';
import type { AnchorableClaim } from './anchor';
import { describeRange } from './selectors';

const article = [
  'Russian Foreign Minister Sergei Lavrov says the US wants to keep its troops in Syria.',
  'The Pentagon has also said there are about 2,000 troops in Syria. Washington has not commented on the remarks.',
  'According to the UN Security Council Resolution 2254, the future of Syria rests with the Syrian people, a principle Moscow says Washington ignores.',
  'The Arab country flushed Daesh out of its last stronghold last month, officials said.',
].join('\n\n');

/** Marks `quote` in `text` as a fact-checker would, and returns the stored claim. */
function markClaim(text: string, quote: string, occurrence = 0): AnchorableClaim {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  const described = describeRange(text, start, start + quote.length);
  if (!described.ok) throw new Error(described.message);
  return { quote: described.quote, position: described.position };
}

function anchoredText(text: string, claim: AnchorableClaim): string | null {
  const result = anchorClaim(text, claim);
  return result.state === 'anchored' ? text.slice(result.start, result.end) : null;
}

const troops = 'there are about 2,000 troops in Syria';

describe('finding a claim again in the article it was marked on', () => {
  test('an unchanged article: the stored position still holds the quote', () => {
    const claim = markClaim(article, troops);
    const result = anchorClaim(article, claim);
    expect(result).toEqual({ state: 'anchored', method: 'position', start: article.indexOf(troops), end: article.indexOf(troops) + troops.length });
  });

  test('emoji and rare CJK before the claim do not shift it (positions are code points)', () => {
    const text = `🎉 Live 𠀀 coverage 🇸🇾\n\n${article}`;
    const claim = markClaim(text, troops);
    expect(claim.position?.start).toBe(text.indexOf(troops) - 4);
    expect(anchorClaim(text, claim)).toMatchObject({ method: 'position', start: text.indexOf(troops) });
  });
});

describe('finding a claim again in a revised version', () => {
  const claim = markClaim(article, troops);

  test('a paragraph added at the top moves the claim; the quote finds it', () => {
    const revised = `Editor's note: this story was updated with a response from Washington. 🙏\n\n${article}`;
    const result = anchorClaim(revised, claim);
    expect(result).toMatchObject({ state: 'anchored', method: 'quote', start: revised.indexOf(troops) });
    expect(anchoredText(revised, claim)).toBe(troops);
  });

  test('a corrected figure inside the claim: the fuzzy match covers the corrected words', () => {
    const revised = article.replace('about 2,000 troops', 'about 2,500 troops');
    const result = anchorClaim(revised, claim);
    expect(result).toMatchObject({ state: 'anchored', method: 'fuzzy' });
    expect(anchoredText(revised, claim)).toBe('there are about 2,500 troops in Syria');
  });

  test('a rewritten word at the edge of the claim stays inside the highlight', () => {
    const revised = article.replace('there are about', 'there were about');
    expect(anchoredText(revised, claim)).toBe('there were about 2,000 troops in Syria');
  });

  test('the sentence after the claim was replaced: one intact side of context is enough', () => {
    const revised = article.replace('Washington has not commented on the remarks.', 'A spokesperson later confirmed the figure.');
    expect(anchorClaim(revised, claim)).toMatchObject({ state: 'anchored', method: 'position' });
    const moved = `Update. ${revised}`;
    expect(anchoredText(moved, claim)).toBe(troops);
  });

  test('the claim was deleted: it becomes an orphan instead of jumping to a similar sentence', () => {
    const revised = article
      .replace('The Pentagon has also said there are about 2,000 troops in Syria. ', '')
      .replace('officials said.', 'officials said. The Pentagon has also said there are about 900 troops in Iraq.');
    const result = anchorClaim(revised, claim);
    expect(result.state).toBe('orphaned');
  });

  test('the claim was rewritten beyond a corrected word or two: orphan', () => {
    const revised = article.replace(troops, 'the number of troops in Syria is classified');
    expect(anchorClaim(revised, claim)).toMatchObject({ state: 'orphaned', reason: 'not_found' });
  });

  test('a paragraph moved far away carries a claim whose context moved with it', () => {
    const paragraphs = article.split('\n\n');
    const future = 'the future of Syria rests with the Syrian people';
    const moved = markClaim(article, future);
    const filler = Array(40).fill('Unrelated reporting on the economy filled this part of the page.');
    const revised = [paragraphs[0], paragraphs[1], paragraphs[3], ...filler, paragraphs[2]].join('\n\n');
    expect(anchorClaim(revised, moved)).toMatchObject({ state: 'anchored', method: 'quote' });
    expect(anchoredText(revised, moved)).toBe(future);
  });

  test('a passage repeated word for word is not guessed between: ambiguous orphan', () => {
    const passage = 'Officials repeated the claim. The Pentagon has about 2,000 troops in Syria. No one objected.';
    const text = `${passage}\n\nIn other news, the weather was fine.\n\n${passage}`;
    const repeated = markClaim(text, 'The Pentagon has about 2,000 troops in Syria.', 1);
    const revised = `A new introduction shifts everything.\n\n${text}`;
    expect(anchorClaim(revised, repeated)).toMatchObject({ state: 'orphaned', reason: 'ambiguous' });
  });

  test('an empty quote cannot be anchored', () => {
    const empty: AnchorableClaim = { quote: { type: 'TextQuoteSelector', exact: '  ', prefix: '', suffix: '' } };
    expect(anchorClaim(article, empty)).toEqual({ state: 'orphaned', reason: 'empty_quote' });
  });

  test('a claim without a stored position is found only by a perfect, distinctive quote', () => {
    const noPosition = { quote: markClaim(article, 'The Pentagon has also said there are about 2,000 troops in Syria.').quote };
    expect(anchorClaim(`Intro.\n\n${article}`, noPosition)).toMatchObject({ state: 'anchored', method: 'quote' });
  });
});
