import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, kindFromFilename, prepareImport } from './import-article';
import { expectWellFormed } from './fixtures/document-test-helpers';

const newsPage = readFileSync(new URL('./fixtures/pages/lavrov-syria.html', import.meta.url), 'utf8');

describe('prepareImport', () => {
  it('freezes a pasted plain-text article and hashes exactly its frozen text', () => {
    const result = prepareImport({ kind: 'text', content: 'The Pentagon has also said\nthere are about 2,000 troops.' });
    expect(result).toEqual({
      ok: true,
      document: { text: 'The Pentagon has also said there are about 2,000 troops.', blocks: [{ type: 'p', start: 0, end: 56 }] },
      metadata: { direction: 'ltr' },
      contentHash: createHash('sha256').update('The Pentagon has also said there are about 2,000 troops.').digest('hex'),
    });
  });

  it('gives the same hash to the same article pasted with different wrapping', () => {
    const a = prepareImport({ kind: 'text', content: 'One two\nthree.' });
    const b = prepareImport({ kind: 'text', content: '  One   two three.  \n' });
    expect(a.ok && b.ok && a.contentHash === b.contentHash).toBe(true);
  });

  it('imports a saved news page with its metadata, resolving links against its canonical URL', () => {
    const result = prepareImport({ kind: 'html', content: newsPage, filename: 'lavrov-syria.html' });
    if (!result.ok) throw new Error(result.message);
    expect(result.metadata).toMatchObject({ title: 'Russian foreign minister says American forces must leave Syria', outlet: 'World News Desk' });
    expect(result.document.text).toContain('about 2,000 troops in Syria');
    expect(result.document.blocks.flatMap((block) => block.links ?? []).map((link) => link.href)).toContain(
      'http://news.example.test/section/syria',
    );
    expectWellFormed(result.document);
  });

  it('imports Markdown with its front matter', () => {
    const result = prepareImport({ kind: 'markdown', content: '---\ntitle: Notes\n---\n# Heading\n\nBody.', filename: 'notes.MD' });
    expect(result).toMatchObject({ ok: true, metadata: { title: 'Notes', direction: 'ltr' }, document: { text: 'Heading\n\nBody.' } });
  });

  it('detects a right-to-left article when nothing declares its direction', () => {
    const result = prepareImport({ kind: 'text', content: 'قال وزير الخارجية الروسي سيرغي لافروف إن وجود القوات الأمريكية غير قانوني. 🇸🇾' });
    expect(result).toMatchObject({ ok: true, metadata: { direction: 'rtl' } });
  });

  describe('refuses what it cannot import, with a message for the person importing', () => {
    it('an empty paste', () => {
      expect(prepareImport({ kind: 'text', content: ' \n\t ' })).toEqual({
        ok: false,
        code: 'empty',
        message: 'The article is empty. Paste or upload the text you want to check.',
      });
    });

    it('a page with no readable text once scripts and markup are gone', () => {
      const result = prepareImport({ kind: 'html', content: '<script>track()</script><div><img src="a.png"></div>' });
      expect(result).toMatchObject({ ok: false, code: 'empty' });
      expect(!result.ok && result.message).toMatch(/^The article is empty/);
    });

    it('content over the 2 MB limit, counted in UTF-8 bytes rather than characters', () => {
      expect(MAX_IMPORT_BYTES).toBe(2 * 1024 * 1024);
      const arabicLetters = 'ب'.repeat(MAX_IMPORT_BYTES / 2 + 1); // 2 bytes each in UTF-8
      expect(prepareImport({ kind: 'text', content: arabicLetters })).toEqual({
        ok: false,
        code: 'too_large',
        message: 'The article is too large to import (2.0 MB). The limit is 2 MB.',
      });
      expect(prepareImport({ kind: 'text', content: 'a'.repeat(MAX_IMPORT_BYTES) }).ok).toBe(true);
    });

    it('a file type it does not read', () => {
      expect(prepareImport({ kind: 'text', content: 'x', filename: 'report.pdf' })).toEqual({
        ok: false,
        code: 'unsupported',
        message: '“report.pdf” cannot be imported. Use a .txt, .md, .markdown, .html or .htm file.',
      });
    });

    it('binary content sent as text', () => {
      expect(prepareImport({ kind: 'text', content: '%PDF-1.7\u0000\u0001' })).toMatchObject({ ok: false, code: 'unsupported' });
    });

    it('a page or Markdown file nested thousands of levels deep, refused before it ties up the server', () => {
      for (const input of [
        { kind: 'html' as const, content: '<div>'.repeat(300_000) },
        { kind: 'markdown' as const, content: '>'.repeat(1_000_000) },
      ]) {
        expect(prepareImport(input)).toEqual({
          ok: false,
          code: 'unsupported',
          message: 'This article is nested too deeply to import. Save it as plain text and try again.',
        });
      }
    });

        it('an unknown kind coming from an unchecked caller', () => {
      const input = JSON.parse('{"kind":"pdf","content":"x"}') as Parameters<typeof prepareImport>[0];
      expect(prepareImport(input)).toMatchObject({ ok: false, code: 'unsupported' });
    });
  });
});

describe('kindFromFilename', () => {
  it.each([
    ['article.txt', 'text'],
    ['notes.md', 'markdown'],
    ['NOTES.MARKDOWN', 'markdown'],
    ['page.html', 'html'],
    ['C:\\saved\\page.HTM', 'html'],
    ['archive.tar.gz', undefined],
    ['README', undefined],
    ['.txt.exe', undefined],
  ])('%s → %s', (name, kind) => {
    expect(kindFromFilename(name)).toBe(kind);
  });
});
