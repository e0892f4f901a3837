import { describe, expect, it } from 'vitest';
import { documentFromMarkdown, documentFromText } from './from-text';
import { blockRows, expectWellFormed, linkRows } from './fixtures/document-test-helpers';

describe('documentFromText', () => {
  it('splits paragraphs at blank lines and joins wrapped lines with a space', () => {
    const doc = documentFromText('  First paragraph\nwrapped here.\n\n\n\nSecond   one.\r\n \t \r\nThird.\n');
    expect(blockRows(doc)).toEqual(['p: First paragraph wrapped here.', 'p: Second one.', 'p: Third.']);
    expect(doc.text).toBe('First paragraph wrapped here.\n\nSecond one.\n\nThird.');
    expectWellFormed(doc);
  });

  it('turns "- ", "* " and "1. " lines into list items, without their markers', () => {
    const doc = documentFromText('The claims:\n- troops are unlawful\n* about 2,000 troops\n\n1. First\n2. Second');
    expect(blockRows(doc)).toEqual([
      'p: The claims:',
      'ul li: troops are unlawful',
      'ul li: about 2,000 troops',
      'ol li: First',
      'ol li: Second',
    ]);
    expectWellFormed(doc);
  });

  it('continues a list item with the lines that follow it', () => {
    const doc = documentFromText('- A long item\n  that wraps\n- Next');
    expect(blockRows(doc)).toEqual(['ul li: A long item that wraps', 'ul li: Next']);
  });

  it('does not mistake hyphenated words or negative numbers for list markers', () => {
    const doc = documentFromText('-5 degrees overnight.\n2,000 troops. 1.5 million people.');
    expect(blockRows(doc)).toEqual(['p: -5 degrees overnight. 2,000 troops. 1.5 million people.']);
  });

  it('gives an empty document for blank input', () => {
    expect(documentFromText(' \n\n\t ')).toEqual({ text: '', blocks: [] });
  });

  it('keeps Arabic text and emoji intact, with offsets in UTF-16 units', () => {
    const arabic = 'وقال لافروف إن القرار بشأن مستقبل سوريا يعود للشعب السوري وحده.';
    const doc = documentFromText(`Reactions 😀 poured in.\n\n${arabic}`);
    const [first, second] = doc.blocks;
    expect(doc.text.slice(first?.start, first?.end)).toBe('Reactions 😀 poured in.');
    expect(doc.text.slice(second?.start, second?.end)).toBe(arabic);
    expect(second?.start).toBe('Reactions 😀 poured in.\n\n'.length);
    expectWellFormed(doc);
  });

  it('replaces characters that cannot be stored: NUL and lone surrogates', () => {
    const doc = documentFromText('Bad\u0000 byte and a lone \uD83D surrogate.');
    expect(doc.text).toBe('Bad byte and a lone \uFFFD surrogate.');
  });
});

describe('documentFromMarkdown', () => {
  it('renders Markdown structure into blocks and links', () => {
    const { document, metadata } = documentFromMarkdown(
      '# Lavrov on Syria\n\nUS troops are *unlawful*, per [Interfax](https://interfax.example.test/).\n\n' +
        '> The decision rests with the Syrian people.\n\n- one\n- two\n\n1. first\n',
    );
    expect(metadata).toEqual({});
    expect(blockRows(document)).toEqual([
      'h2: Lavrov on Syria',
      'p: US troops are unlawful, per Interfax.',
      'blockquote: The decision rests with the Syrian people.',
      'ul li: one',
      'ul li: two',
      'ol li: first',
    ]);
    expect(linkRows(document)).toEqual(['Interfax -> https://interfax.example.test/']);
    expectWellFormed(document);
  });

  it('reads front matter into metadata and leaves it out of the text', () => {
    const { document, metadata } = documentFromMarkdown(
      [
        '---',
        'title: "Russian foreign minister says American forces must leave Syria"',
        'author: Staff writer',
        'outlet: Press TV',
        'source: https://www.presstv.ir/Detail/2017/12/28/546962',
        'date: 2017-12-28',
        'tags: syria, russia',
        '---',
        '',
        'Body text.',
      ].join('\n'),
    );
    expect(metadata).toEqual({
      title: 'Russian foreign minister says American forces must leave Syria',
      author: 'Staff writer',
      outlet: 'Press TV',
      sourceUrl: 'https://www.presstv.ir/Detail/2017/12/28/546962',
      publishedAt: '2017-12-28T00:00:00.000Z',
    });
    expect(document.text).toBe('Body text.');
  });

  it('accepts the alternative keys url and published, and an Arabic article direction', () => {
    const { metadata } = documentFromMarkdown("---\nurl: 'https://example.test/a'\npublished: 2017-12-28T12:00:00+03:00\nlang: ar\n---\nنص");
    expect(metadata).toEqual({
      sourceUrl: 'https://example.test/a',
      publishedAt: '2017-12-28T09:00:00.000Z',
      language: 'ar',
      direction: 'rtl',
    });
  });

  it('ignores unreadable front-matter values rather than guessing', () => {
    const { metadata } = documentFromMarkdown('---\nsource: javascript:alert(1)\ndate: last Thursday\n---\nText');
    expect(metadata).toEqual({});
  });

  it('does not take an opening horizontal rule and prose for front matter', () => {
    const { document, metadata } = documentFromMarkdown('---\nJust a rule, then prose.\n---\n\nMore.');
    expect(metadata).toEqual({});
    expect(document.text).toContain('Just a rule, then prose.');
  });

  it('sanitises raw HTML embedded in Markdown like any imported page', () => {
    const { document } = documentFromMarkdown('Hi <img src=x onerror=alert(1)><script>alert(1)</script>[x](javascript:alert(1))');
    expect(document.text).toBe('Hi x');
    expect(linkRows(document)).toEqual([]);
  });

  it('keeps hard line breaks as single newlines inside the paragraph', () => {
    const { document } = documentFromMarkdown('Line one  \nline two');
    expect(document.text).toBe('Line one\nline two');
  });

  it('links addresses with a scheme or "www." and e-mail addresses, as GitHub does, but not bare domains', () => {
    const { document } = documentFromMarkdown('See www.example.com, https://a.example.test/x?y=1 and a@b.example; Reuters.com reported.');
    expect(linkRows(document)).toEqual([
      'www.example.com -> http://www.example.com/',
      'https://a.example.test/x?y=1 -> https://a.example.test/x?y=1',
      'a@b.example -> mailto:a@b.example',
    ]);
  });

  it('keeps GFM tables and strikethrough as text', () => {
    const { document } = documentFromMarkdown('| Claim | Source |\n|---|---|\n| 2,000 troops | [AFP](https://afp.example.test/) |\n\n~~withdrawn~~ figure');
    expect(blockRows(document)).toEqual(['p: Claim', 'p: Source', 'p: 2,000 troops', 'p: AFP', 'p: withdrawn figure']);
  });
});

describe('documentFromMarkdown on hostile input', () => {
  // marked took 20 s to over 3 minutes on each of these (quadratic delimiter scans); a linear
  // parser reads them in well under a second. The timeout is generous for a busy machine.
  it.each([
    ['`_a` × 50,000', '_a'.repeat(50_000)],
    ['`*a_` × 34,000', '*a_'.repeat(34_000)],
    ['`a_b_` × 25,000', 'a_b_'.repeat(25_000)],
  ])('reads 100 KB of unmatched emphasis delimiters (%s) as one paragraph', (_name, markdown) => {
    const { document } = documentFromMarkdown(markdown);
    expect(document.blocks).toHaveLength(1);
    expect(document.text.length).toBeGreaterThan(markdown.length / 2);
  }, 15_000);
});
