import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, type ExtractedArticle } from './extract-article';
import { MAX_EXTRACT_DEPTH, MAX_EXTRACT_ELEMENTS } from './nesting-limit';
import { blockRows, expectWellFormed, linkRows } from './fixtures/document-test-helpers';
import { XSS_PAYLOADS } from './fixtures/xss-payloads';

function page(name: string): string {
  return readFileSync(new URL(`./fixtures/pages/${name}.html`, import.meta.url), 'utf8');
}

function extracted(html: string, url = 'https://fetched.example/story'): ExtractedArticle {
  const result = extractArticle(html, { url });
  if (!result.ok) throw new Error(`expected an article, got ${result.code}: ${result.message}`);
  expectWellFormed(result.article.document);
  return result.article;
}

/** The article's text and its HTML contain none of `phrases`, and all of `sentences`. */
function expectOnlyTheStory(article: ExtractedArticle, sentences: string[], phrases: string[]): void {
  for (const sentence of sentences) expect(article.document.text).toContain(sentence);
  for (const phrase of phrases) {
    expect(article.document.text, phrase).not.toContain(phrase);
    expect(article.html, phrase).not.toContain(phrase);
  }
}

// What sanitised output may contain, written out literally (as in sanitize-html.test.ts): once
// removed, no "<" or ">" may be left, whatever tag, attribute or order a payload tried.
const SAFE_MARKUP =
  /<\/?(?:p|h[2-6]|ul|ol|li|blockquote|em|strong|b|i|a)>|<br \/>|<a href="[^"<>]*" rel="noopener noreferrer nofollow">/g;

function expectInert(html: string): void {
  expect(html.replace(SAFE_MARKUP, '')).not.toMatch(/[<>]/);
  for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
    expect(['http:', 'https:', 'mailto:']).toContain(new URL((href ?? '').replace(/&amp;/g, '&')).protocol);
  }
}

describe('extractArticle', () => {
  it('reads the shared Lavrov fixture: story kept, menus, ads, share bar, related list and footer gone', () => {
    const article = extracted(page('lavrov-syria'));
    expect(article).toMatchObject({
      title: 'Russian foreign minister says American forces must leave Syria',
      outlet: 'World News Desk',
      publishedAt: '2017-12-28T09:14:00.000Z',
      canonicalUrl: 'http://news.example.test/Detail/2017/12/28/russia-lavrov-us-forces-syria',
      language: 'en',
      direction: 'ltr',
    });
    // The byline element held only the outlet and the date, so there is no author to report.
    expect(article.byline).toBeUndefined();
    expect(blockRows(article.document)[0]).toBe(
      'p: Russia’s Foreign Minister Sergei Lavrov says the presence of American troops in Syria is unlawful, and that they must completely leave the Syrian soil.',
    );
    expect(blockRows(article.document)).toContain('h2: ‘US copters airlift Daesh ringleaders in Syria’');
    expectOnlyTheStory(
      article,
      ['Nor has Washington been invited onto the Arab country’s soil by the Syrian government, he asserted.',
        'quickly fell into the Daesh hands.'],
      ['Middle East', 'Advertisement', 'SHARE THIS ARTICLE', 'Facebook', 'Related stories', 'Syrian army advances in Idlib',
        'alternate addresses', 'All rights reserved', 'window.__ads', 'querySelectorAll'],
    );
  });

  it('reads a story in <article> beside a sidebar, keeping its quote, list and links', () => {
    const article = extracted(page('harbour-council'));
    expect(article).toMatchObject({
      title: 'Harbour council votes to cap cruise ship visits',
      byline: 'Maria Lindqvist',
      outlet: 'Coastal Courier',
      // Only a <time datetime> with an offset: 08:30 in UTC+1.
      publishedAt: '2024-03-14T07:30:00.000Z',
      canonicalUrl: 'https://coastalcourier.example/news/2024/03/14/harbour-council-cruise-cap',
      language: 'en-GB',
      direction: 'ltr',
      excerpt: 'Councillors voted 7 to 4 to limit the port to two cruise ships a week from next spring.',
    });
    const rows = blockRows(article.document);
    expect(rows).toContain('blockquote: We are not closing the harbour. We are asking the cruise lines to spread their visits across the season.');
    expect(rows).toContain('h2: What the cap means');
    expect(rows).toContain('ul li: A passenger levy of £2 per visitor, spent on seafront cleaning.');
    // The relative link resolves against the canonical URL, not the URL it was fetched from.
    expect(linkRows(article.document)).toEqual([
      'survey of 2,300 residents -> https://coastalcourier.example/news/2023/09/02/seafront-survey',
    ]);
    expectOnlyTheStory(
      article,
      ['The harbour authority, which has the final say on berth bookings, said it would study the council’s vote and respond within 28 days.'],
      ['We use cookies', 'Subscribe today', 'Share on Facebook', 'Email this story', 'Read more: Seafront traders', 'Advertisement',
        'Tags:', 'Got a story?', 'Most read', 'Ferry timetable', 'Related stories', 'Cruise lines warn', 'Sign me up',
        'Seaboard Media Group', 'Privacy notice', 'dataLayer'],
    );
  });

  it('reads an Arabic page right to left', () => {
    const article = extracted(page('arabic-rtl'));
    expect(article).toMatchObject({
      title: 'افتتاح ثلاثة مستشفيات جديدة في المناطق الريفية',
      byline: 'ليلى حداد',
      outlet: 'صحيفة الأفق',
      publishedAt: '2024-05-02T07:00:00.000Z',
      language: 'ar',
      direction: 'rtl',
    });
    expect(article.document.blocks).toHaveLength(6);
    expectOnlyTheStory(
      article,
      ['أعلنت وزارة الصحة يوم الخميس عن افتتاح ثلاثة مستشفيات جديدة في المناطق الريفية',
        'غير أن نقابة الأطباء حذرت من نقص حاد في عدد الممرضين، داعية إلى زيادة الرواتب لجذب الكفاءات.'],
      ['الرئيسية', 'ثقافة وفنون', 'شارك على فيسبوك', 'اقرأ أيضاً', 'حملة تطعيم وطنية', 'جميع الحقوق محفوظة', 'اتصل بنا'],
    );
  });

  it('takes every field from JSON-LD when the page has no other metadata', () => {
    const article = extracted(page('json-ld-only'), 'https://ledger.example/?p=4711');
    expect(article).toMatchObject({
      title: 'Rail strike called off after overnight talks',
      byline: 'Tomás Rivera, Aisha Bello',
      outlet: 'Northern Ledger',
      publishedAt: '2023-11-07T11:45:00.000Z',
      canonicalUrl: 'https://ledger.example/transport/2023/11/07/rail-strike-called-off',
      direction: 'ltr',
    });
    expect(article.language).toBeUndefined();
    expect(article.document.blocks).toHaveLength(6);
    expectOnlyTheStory(
      article,
      ['The agreement, announced shortly after 4 a.m., offers drivers and conductors a 5.5 percent raise this year'],
      ['Log in', 'Weather', 'Posted in', '12 Comments', '12 Responses', 'Finally some good news', 'Leave a Reply',
        'Popular this week', 'Snow warning', 'Powered by WordPress', 'page 3'],
    );
  });

  it('keeps nothing executable from a page full of XSS payloads', () => {
    const article = extracted(page('xss-laden'));
    expect(article).toMatchObject({ title: 'City audit finds missing bridge inspections', outlet: 'Valley Tribune' });
    expectInert(article.html);
    expectOnlyTheStory(
      article,
      ['An audit released on Thursday found that eleven of the city’s forty-two road bridges had not been inspected',
        'None of the bridges was found to be unsafe',
        'Council members are expected to question the public works director'],
      ['xss-', 'alert', '<script', '<img', '<iframe', '<svg', '<object', '<embed', '<form', '<details', 'onclick', 'onerror',
        'onload', 'onmouseover', 'ontoggle', 'javascript', 'vbscript', 'data:', 'expression(', 'style', 'Front page'],
    );
    expect(linkRows(article.document)).toEqual(['documents page -> https://valleytribune.example/city/documents']);
  });

  // An unclosed <svg>, <math> or <frameset> swallows the rest of the page in linkedom's parser
  // (browsers break out of foreign content at the next <p>). It is dropped whole: lossy, but inert.
  const SWALLOWS_THE_REST = new Set(['svg onload', 'math with mglyph style (DOMPurify mXSS)', 'frameset onload']);

  it.each(XSS_PAYLOADS)('defuses the payload “$name” inside a story', ({ name, html, dropsText }) => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the council’s budget story, long enough to count as prose for the reader.</p>`);
    story.splice(2, 0, html);
    const article = extracted(`<html><head><title>Budget</title></head><body><article>${story.join('\n')}</article></body></html>`);
    expectInert(article.html);
    expect(article.document.text).toContain('Paragraph 1 of the council’s budget story');
    if (!SWALLOWS_THE_REST.has(name)) expect(article.document.text).toContain('Paragraph 5 of the council’s budget story');
    if (dropsText) expect(article.document.text).not.toContain('alert');
  });

  it('says so when a page has no article', () => {
    const html = '<html><body><nav><a href="/a">Home</a> <a href="/b">Sport</a></nav><footer>© Site</footer></body></html>';
    expect(extractArticle(html, { url: 'https://site.example/' })).toEqual({
      ok: false,
      code: 'no_article',
      message: 'No article text was found on this page. It may be an index page, a video or a paywall; paste the text instead.',
    });
  });

  it('refuses hostile nesting instead of overflowing the stack', () => {
    const html = `<html><body>${'<div>'.repeat(5_000)}deep${'</div>'.repeat(5_000)}</body></html>`;
    expect(extractArticle(html, { url: 'https://site.example/' })).toMatchObject({ ok: false, code: 'too_complex' });
  });

  // Readability re-reads text at every level it scores: 500 nested <div>s, which HTML import
  // accepts, took it over 20 s in a 50 KB page, and 40,000 small elements many seconds.
  it('refuses a page nested deeper than news pages ever are, before Readability reads it', () => {
    const block = `${'<div>'.repeat(MAX_EXTRACT_DEPTH)}<p>Text of the story, deep down.</p>${'</div>'.repeat(MAX_EXTRACT_DEPTH)}`;
    expect(extractArticle(`<html><body>${block.repeat(5)}</body></html>`, { url: 'https://site.example/' })).toMatchObject({
      ok: false,
      code: 'too_complex',
    });
  });

  it('refuses a page with more elements than a heavy news page has', () => {
    const html = `<html><body>${'<p>word</p>'.repeat(MAX_EXTRACT_ELEMENTS + 1)}</body></html>`;
    expect(extractArticle(html, { url: 'https://site.example/' })).toMatchObject({ ok: false, code: 'too_complex' });
  });

  it('reads a story nested as deep as a busy page nests it', () => {
    const depth = 40;
    const story = Array.from({ length: 4 }, (_, i) => `<p>Sentence ${i + 1} of a story wrapped in many layout layers by its CMS.</p>`).join('');
    const article = extracted(`<html><body>${'<div>'.repeat(depth)}${story}${'</div>'.repeat(depth)}</body></html>`);
    expect(article.document.text).toContain('Sentence 4 of a story');
  });
});

describe('extractArticle on pages without the usual shell', () => {
  const story = Array.from({ length: 4 }, (_, i) => `<p>Sentence ${i + 1} of a story that arrived without html or body tags, as some CMS exports do.</p>`).join('');

  it.each([
    ['a bare fragment', story],
    ['html without body', `<html lang="en"><head><title>Shell-less</title></head>${story}</html>`],
    ['doctype and paragraphs', `<!doctype html><title>Shell-less</title>${story}`],
  ])('finds the story in %s', (_name, html) => {
    const article = extracted(html);
    expect(article.document.blocks).toHaveLength(4);
    expect(article.document.text).toContain('Sentence 4 of a story');
  });

  it('says there is no article in an empty page', () => {
    expect(extractArticle('', { url: 'https://site.example/' })).toMatchObject({ ok: false, code: 'no_article' });
  });
});
