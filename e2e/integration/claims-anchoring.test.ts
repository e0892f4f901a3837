// Story: an integration marks claims in an article by quoting them (W3C TextQuoteSelector) or by
// pointing at them (TextPositionSelector). Positions are Unicode code points, so an emoji counts
// as one character, whatever JavaScript's UTF-16 strings say.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDto } from '@/lib/validations/article';
import type { ClaimDto } from '@/lib/validations/claim';
import { createArticle, createMember, type ApiError, type Member } from './support/api';

const TEXT = [
  'Breaking 📰 news from the capital 🏛️ tonight.',
  'The minister said unemployment fell to 3 percent last year. Critics said unemployment fell only in the capital.',
].join('\n\n');

let editor: Member;
let article: ArticleDto;
const claimsPath = () => `/api/v1/articles/${article.id}/claims`;

/** Where `quote` starts in the article's frozen text, counted in code points. */
function codePointIndexOf(text: string, quote: string, from = 0): number {
  const utf16 = text.indexOf(quote, from);
  expect(utf16).toBeGreaterThanOrEqual(0);
  return [...text.slice(0, utf16)].length;
}

beforeAll(async () => {
  editor = await createMember('anchoring');
  article = await createArticle(editor.api, { title: 'Unemployment', text: TEXT });
});

describe('marking a claim by quote', () => {
  it('anchors it and answers 201 with both W3C selectors, positions in code points', async () => {
    const exact = 'unemployment fell to 3 percent last year';
    const response = await editor.api.post<ClaimDto>(claimsPath(), {
      selector: { type: 'TextQuoteSelector', exact },
      statement: 'Unemployment fell to 3% last year',
    });
    expect(response.status).toBe(201);
    const claim = response.body;
    const start = codePointIndexOf(article.text, exact);
    // Two emoji sit before the quote (one of them with a variation selector): UTF-16 would say more.
    expect(start).toBeLessThan(article.text.indexOf(exact));
    expect(claim).toMatchObject({ version: 1, status: 'to_check', verdict: null, exact, start, end: start + [...exact].length });
    expect(claim.statement).toBe('Unemployment fell to 3% last year');
    const [quote, position] = claim.selectors;
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact });
    expect(article.text).toContain(quote.prefix + exact + quote.suffix);
    expect(quote.prefix.endsWith('The minister said ')).toBe(true);
    expect(quote.suffix.startsWith('. Critics')).toBe(true);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + [...exact].length });

    const list = await editor.api.get<{ claims: ClaimDto[] }>(claimsPath());
    expect(list.body.claims.map((c) => c.id)).toContain(claim.id);
  });

  it('refuses an ambiguous quote with 422 and reason "ambiguous"', async () => {
    const response = await editor.api.post<{ error: ApiError }>(claimsPath(), {
      selector: { type: 'TextQuoteSelector', exact: 'unemployment fell' },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.reason).toBe('ambiguous');
    expect(response.body.error.message).toMatch(/2 times/);
  });

  it('resolves the same quote once a prefix says which one', async () => {
    const response = await editor.api.post<ClaimDto>(claimsPath(), {
      selector: { type: 'TextQuoteSelector', exact: 'unemployment fell', prefix: 'Critics said ' },
    });
    expect(response.status).toBe(201);
    const second = codePointIndexOf(article.text, 'unemployment fell', article.text.indexOf('Critics'));
    expect(response.body.start).toBe(second);
  });

  it('refuses a quote that is not in the article with 422', async () => {
    const response = await editor.api.post<{ error: ApiError }>(claimsPath(), {
      selector: { type: 'TextQuoteSelector', exact: 'inflation doubled overnight' },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.reason).toBe('not_found');
    expect(response.body.error.message).toMatch(/does not appear/);
  });
});

describe('marking a claim by position', () => {
  it('takes code points, so a span starting at an emoji is cut where a reader sees it', async () => {
    const exact = '📰 news from the capital';
    const start = codePointIndexOf(article.text, exact);
    const end = start + [...exact].length;
    const response = await editor.api.post<ClaimDto>(claimsPath(), {
      selector: { type: 'TextPositionSelector', start, end },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ exact, start, end });
    expect(response.body.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact, prefix: 'Breaking ' });
  });

  it('refuses a position outside the article with 422', async () => {
    const length = [...article.text].length;
    const response = await editor.api.post<{ error: ApiError }>(claimsPath(), {
      selector: { type: 'TextPositionSelector', start: length - 2, end: length + 5 },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.reason).toBe('out_of_range');
  });

  it('refuses a position whose text differs from the quote the client saw', async () => {
    const start = codePointIndexOf(article.text, 'The minister');
    const response = await editor.api.post<{ error: ApiError }>(claimsPath(), {
      selector: { type: 'TextPositionSelector', start, end: start + 12 },
      exact: 'The senator ',
    });
    expect(response.status).toBe(422);
    expect(response.body.error.reason).toBe('mismatch');
  });

  it('lists the claims in document order', async () => {
    const list = await editor.api.get<{ claims: ClaimDto[] }>(claimsPath());
    const starts = list.body.claims.map((c) => c.start);
    expect(starts).toHaveLength(3);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
