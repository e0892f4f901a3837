import { describe, expect, it } from 'vitest';
import { LINK_REL, sanitizeArticleHtml } from './sanitize-html';
import { XSS_PAYLOADS } from './fixtures/xss-payloads';

// Everything sanitised output may contain, written out literally. Text is entity-escaped, so
// once these are removed no "<" or ">" may be left: that catches any other tag, any other
// attribute and any attribute order we did not expect, independently of how a parser reads it.
const SAFE_MARKUP =
  /<\/?(?:p|h[2-6]|ul|ol|li|blockquote|em|strong|b|i|a)>|<br \/>|<a href="[^"<>]*" rel="noopener noreferrer nofollow">/g;
const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:'];

function expectInert(output: string): void {
  expect(output.replace(SAFE_MARKUP, '')).not.toMatch(/[<>]/);
  for (const [, encoded] of output.matchAll(/href="([^"]*)"/g)) {
    const href = (encoded ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(ALLOWED_PROTOCOLS).toContain(new URL(href).protocol);
  }
}

describe('sanitizeArticleHtml', () => {
  describe('keeps the structure of an article', () => {
    it('keeps paragraphs, headings, lists, quotes, line breaks and emphasis', () => {
      const html =
        '<h2>Background</h2><p>One <em>two</em> <strong>three</strong><br>four</p>' +
        '<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>quoted</blockquote><h6>small</h6>';
      expect(sanitizeArticleHtml(html)).toBe(
        '<h2>Background</h2><p>One <em>two</em> <strong>three</strong><br />four</p>' +
          '<ul><li>a</li></ul><ol><li>b</li></ol><blockquote>quoted</blockquote><h6>small</h6>',
      );
    });

    it('turns the page title heading h1 into h2, since the reader renders the title itself', () => {
      expect(sanitizeArticleHtml('<h1 class="title">Headline</h1>')).toBe('<h2>Headline</h2>');
    });

    it('keeps layout containers as paragraph boundaries so their texts do not run together', () => {
      expect(sanitizeArticleHtml('<div>One</div><div>Two</div>')).toBe('<p>One</p><p>Two</p>');
    });

    it('drops unknown inline tags but keeps their text', () => {
      expect(sanitizeArticleHtml('<p>A <span class="x">marked</span> <u>word</u></p>')).toBe('<p>A marked word</p>');
    });
  });

  describe('links', () => {
    it('keeps http, https and mailto links, marked so they cannot reach back to Factdesk', () => {
      const html = '<a href="https://un.org/res/2254" target="_blank">resolution</a> <a href="mailto:desk@example.test">mail</a>';
      expect(sanitizeArticleHtml(html)).toBe(
        `<a href="https://un.org/res/2254" rel="${LINK_REL}">resolution</a> <a href="mailto:desk@example.test" rel="${LINK_REL}">mail</a>`,
      );
    });

    it('drops relative links without a base URL but keeps their text', () => {
      expect(sanitizeArticleHtml('<p><a href="/section/syria">Syria</a></p>')).toBe('<p>Syria</p>');
    });

    it('resolves relative links against the page URL when it is known', () => {
      const output = sanitizeArticleHtml('<a href="../syria">Syria</a>', { baseUrl: 'https://news.example.test/a/b' });
      expect(output).toBe(`<a href="https://news.example.test/syria" rel="${LINK_REL}">Syria</a>`);
    });

    it('keeps the surrounding structure intact when it drops a link', () => {
      expect(sanitizeArticleHtml('<p>See <a href="javascript:void(0)">this</a>.</p><p>Next</p>')).toBe('<p>See this.</p><p>Next</p>');
    });

    it('drops links whose only target is a fragment or nothing', () => {
      expect(sanitizeArticleHtml('<a href="#">Share</a> <a name="top">Top</a>')).toBe('Share Top');
    });
  });

  describe(`neutralises hostile HTML (${XSS_PAYLOADS.length} payloads)`, () => {
    it.each(XSS_PAYLOADS)('$name', ({ html, dropsText }) => {
      const output = sanitizeArticleHtml(html);
      expectInert(output);
      if (dropsText) expect(output).not.toMatch(/alert|msgbox/);
    });

    it.each(XSS_PAYLOADS)('$name, inside an article with a base URL', ({ html }) => {
      const output = sanitizeArticleHtml(`<article><p>Before</p>${html}<p>After</p></article>`, {
        baseUrl: 'https://news.example.test/story',
      });
      expectInert(output);
      // Unclosed payloads (`<svg onload=…>`) swallow what follows, as they would in a browser.
      expect(output).toMatch(/^<p><p>Before<\/p>/);
    });

    it('never lets a javascript: URL through, whatever base URL it is resolved against', () => {
      const output = sanitizeArticleHtml('<a href="x">x</a>', { baseUrl: 'javascript:alert(1)//' });
      expect(output).toBe('x');
    });

    it('keeps entity-encoded markup as visible text, still escaped', () => {
      expect(sanitizeArticleHtml('<p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    });
  });
});
