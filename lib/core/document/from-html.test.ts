import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from './from-html';
import { blockRows, expectWellFormed, linkRows } from './fixtures/document-test-helpers';

const newsPage = readFileSync(new URL('./fixtures/pages/lavrov-syria.html', import.meta.url), 'utf8');

describe('documentFromHtml', () => {
  it('turns paragraphs, headings, lists and quotes into blocks joined by blank lines', () => {
    const doc = documentFromHtml(
      '<h1>Title</h1><p>Intro  text\n spread   over lines.</p><h3>Points</h3>' +
        '<ol><li>First</li><li>Second</li></ol><ul><li>Loose</li></ul><blockquote><p>Said so.</p></blockquote><h6>Small</h6>',
    );
    expect(blockRows(doc)).toEqual([
      'h2: Title',
      'p: Intro text spread over lines.',
      'h3: Points',
      'ol li: First',
      'ol li: Second',
      'ul li: Loose',
      'blockquote: Said so.',
      'h4: Small',
    ]);
    expect(doc.text).toBe('Title\n\nIntro text spread over lines.\n\nPoints\n\nFirst\n\nSecond\n\nLoose\n\nSaid so.\n\nSmall');
    expectWellFormed(doc);
  });

  it('records links as offsets into the text, without surrounding spaces', () => {
    const doc = documentFromHtml('<p>Read <a href="https://un.org/2254"> Resolution 2254 </a>, then <a href="/x">this</a>.</p>');
    expect(doc.text).toBe('Read Resolution 2254 , then this.');
    expect(linkRows(doc)).toEqual(['Resolution 2254 -> https://un.org/2254']);
    expectWellFormed(doc);
  });

  it('resolves relative links against the page URL it is given', () => {
    const doc = documentFromHtml('<p><a href="/section/syria">Syria</a></p>', { baseUrl: 'https://news.example.test/a' });
    expect(linkRows(doc)).toEqual(['Syria -> https://news.example.test/section/syria']);
  });

  it('splits a link that wraps several blocks into one link per block', () => {
    const doc = documentFromHtml('<a href="https://example.test/"><h2>Headline</h2><p>Teaser</p></a>');
    expect(linkRows(doc)).toEqual(['Headline -> https://example.test/', 'Teaser -> https://example.test/']);
    expectWellFormed(doc);
  });

  it('makes a paragraph of text that sits outside any block', () => {
    const doc = documentFromHtml('Loose <b>bold</b> text<p>Inside</p>tail <i>end</i>');
    expect(blockRows(doc)).toEqual(['p: Loose bold text', 'p: Inside', 'p: tail end']);
  });

  it('flattens nested lists into list items, keeping each item its own list type', () => {
    const doc = documentFromHtml('<ul><li>Parent<ol><li>Child one</li><li>Child two</li></ol>continued</li><li>Next</li></ul>');
    expect(blockRows(doc)).toEqual(['ul li: Parent', 'ol li: Child one', 'ol li: Child two', 'ul li: continued', 'ul li: Next']);
  });

  it('treats paragraphs inside list items and quotes as part of them (Markdown loose lists)', () => {
    const doc = documentFromHtml('<ul><li><p>Item</p></li></ul><blockquote><p>One</p><p>Two</p></blockquote>');
    expect(blockRows(doc)).toEqual(['ul li: Item', 'blockquote: One', 'blockquote: Two']);
  });

  it('drops empty blocks and whitespace-only markup', () => {
    const doc = documentFromHtml('<p> </p><p>&nbsp;</p><ul><li></li></ul><h2><br></h2><p>Kept</p><div>\n\t</div>');
    expect(blockRows(doc)).toEqual(['p: Kept']);
  });

  it('keeps a <br> as a single line break, never a blank line and never at the edges', () => {
    const doc = documentFromHtml('<p><br>Line one <br><br><br> line two<br></p>');
    expect(doc.text).toBe('Line one\nline two');
    expectWellFormed(doc);
  });

  it('never keeps the content of scripts, styles or hostile markup', () => {
    const doc = documentFromHtml('<p>Safe<script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)></p>');
    expect(doc.text).toBe('Safe');
  });

  it('decodes entities once and keeps escaped markup as plain text', () => {
    const doc = documentFromHtml('<p>Fish &amp; chips &lt;b&gt; &#8220;quoted&#8221;</p>');
    expect(doc.text).toBe('Fish & chips <b> “quoted”');
  });

  it('counts offsets in UTF-16 units, so emoji and Arabic text slice back exactly', () => {
    const arabic = 'قال وزير الخارجية الروسي إن وجود القوات الأمريكية في سوريا غير قانوني.';
    const doc = documentFromHtml(`<p>Reaction 🇷🇺👍 online</p><p dir="rtl">${arabic} <a href="https://ar.example.test/">المصدر</a></p>`);
    expect(blockRows(doc)).toEqual(['p: Reaction 🇷🇺👍 online', `p: ${arabic} المصدر`]);
    expect(linkRows(doc)).toEqual(['المصدر -> https://ar.example.test/']);
    // The flag and thumbs-up are 6 UTF-16 units but 3 code points: offsets here are UTF-16.
    expect(doc.blocks[0]?.end).toBe('Reaction 🇷🇺👍 online'.length);
    expectWellFormed(doc);
  });

  it('normalises text to NFC so the same words always have the same offsets', () => {
    const doc = documentFromHtml('<p>Cafe\u0301</p>');
    expect(doc.text).toBe('Café');
    expect(doc.text).toHaveLength(4);
  });

  describe('on a real news page (fixture lavrov-syria.html)', () => {
    const doc = documentFromHtml(newsPage, { baseUrl: 'http://news.example.test/Detail/2017/12/28/x' });

    it('keeps the story: its headline, every paragraph and the subheading', () => {
      const rows = blockRows(doc);
      expect(rows).toContain('h2: Russian foreign minister says American forces must leave Syria');
      expect(rows).toContain('h2: ‘US copters airlift Daesh ringleaders in Syria’');
      expect(rows).toContain('p: The Pentagon has also said there are about 2,000 troops in Syria. They support the anti-Damascus Kurdish militants in the north, who have, according to Syria, been seeking to gain more territory under the pretext of fighting terror.');
      expect(doc.text).toContain('The Arab country flushed Daesh out of its last stronghold last month.');
      expectWellFormed(doc);
    });

    it('drops head, scripts and JSON-LD, and keeps no script text', () => {
      expect(doc.text).not.toMatch(/__ads|querySelectorAll|NewsArticle|\| World News Desk/);
    });

    it('keeps page furniture outside the story as ordinary blocks (no boilerplate removal here)', () => {
      expect(blockRows(doc)).toContain('h3: Related stories');
      expect(linkRows(doc)).toContain('Syria -> http://news.example.test/section/syria');
      // The share bar's href="#" links lead nowhere once frozen.
      expect(linkRows(doc).some((row) => row.startsWith('Facebook'))).toBe(false);
    });
  });
});
