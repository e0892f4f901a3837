import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlMetadata } from './metadata';

const newsPage = readFileSync(new URL('./fixtures/pages/lavrov-syria.html', import.meta.url), 'utf8');

describe('extractHtmlMetadata', () => {
  it('reads the news page fixture: headline, outlet, canonical URL, date and language', () => {
    expect(extractHtmlMetadata(newsPage)).toEqual({
      title: 'Russian foreign minister says American forces must leave Syria',
      outlet: 'World News Desk',
      sourceUrl: 'http://news.example.test/Detail/2017/12/28/russia-lavrov-us-forces-syria',
      publishedAt: '2017-12-28T09:14:00.000Z',
      language: 'en',
      direction: 'ltr',
    });
  });

  it('prefers JSON-LD, including authors given as a list of people inside @graph', () => {
    const html = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Site"},
      {"@type":["ReportageNewsArticle"],"headline":"From JSON-LD","datePublished":"2024-03-01T10:00:00+01:00",
       "author":[{"@type":"Person","name":"Ana Díaz"},{"@type":"Person","name":"Omar Haddad"}],
       "publisher":{"@type":"Organization","name":"El Diario"}}]}</script>
      <meta property="og:title" content="From Open Graph"><title>From title | El Diario</title>`;
    expect(extractHtmlMetadata(html)).toEqual({
      title: 'From JSON-LD',
      author: 'Ana Díaz, Omar Haddad',
      outlet: 'El Diario',
      publishedAt: '2024-03-01T09:00:00.000Z',
    });
  });

  it('falls back to Open Graph and meta tags when JSON-LD is missing or broken', () => {
    const html = `<script type="application/ld+json">{ broken</script>
      <meta property="og:title" content="OG &amp; title"><meta property="og:site_name" content="Outlet">
      <meta property="og:url" content="https://outlet.example.test/story"><meta name="author" content="Jane Roe">
      <meta property="article:published_time" content="2023-05-06T07:08:09Z">`;
    expect(extractHtmlMetadata(html)).toEqual({
      title: 'OG & title',
      author: 'Jane Roe',
      outlet: 'Outlet',
      sourceUrl: 'https://outlet.example.test/story',
      publishedAt: '2023-05-06T07:08:09.000Z',
    });
  });

  it('uses <title> without the outlet suffix, and <time datetime> as a last resort', () => {
    const html = `<title>Plain headline — Outlet</title><meta property="og:site_name" content="Outlet">
      <time datetime="2020-01-02">2 January</time>`;
    expect(extractHtmlMetadata(html)).toMatchObject({ title: 'Plain headline', publishedAt: '2020-01-02T00:00:00.000Z' });
  });

  it('ignores an article:author that is a profile URL rather than a name', () => {
    const html = '<meta property="article:author" content="https://facebook.example.test/someone">';
    expect(extractHtmlMetadata(html).author).toBeUndefined();
  });

  it('reports a right-to-left page from <html dir>, or from an RTL language when dir is missing', () => {
    expect(extractHtmlMetadata('<html lang="ar" dir="rtl"><title>خبر</title></html>')).toEqual({
      title: 'خبر',
      language: 'ar',
      direction: 'rtl',
    });
    expect(extractHtmlMetadata('<html lang="fa-IR"></html>')).toMatchObject({ direction: 'rtl' });
  });

  it('skips values it cannot trust: non-http URLs, free-form dates, invalid language tags', () => {
    const html = `<html lang="not a language"><link rel="canonical" href="javascript:alert(1)">
      <meta property="article:published_time" content="Thu Dec 28, 2017 09:14AM"></html>`;
    expect(extractHtmlMetadata(html)).toEqual({});
  });

  it('returns nothing for a fragment without metadata', () => {
    expect(extractHtmlMetadata('<p>Just a paragraph.</p>')).toEqual({});
  });
});
