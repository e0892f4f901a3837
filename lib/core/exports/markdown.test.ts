import { describe, expect, test } from 'vitest';
import { renderMarkdown } from './markdown';
import { escapeBlock, escapeInline } from './markdown-text';
import type { ReviewReport } from './report-model';
import { readGolden } from './testing/golden';
import { arabicReport, pressTvReport } from './testing/sample-reports';

describe('the Markdown report an editor hands to a colleague', () => {
  test('the Press TV review reads as checked by eye (golden file)', () => {
    const markdown = renderMarkdown(pressTvReport());
    expect(markdown).toBe(readGolden('press-tv-report.md', markdown));
  });

  test('an Arabic article keeps its words, emoji and claim order (golden file)', () => {
    const markdown = renderMarkdown(arabicReport());
    expect(markdown).toBe(readGolden('arabic-report.md', markdown));
    expect(markdown).toContain('**ستفتتح أربعين مدرسة جديدة قبل نهاية العام 🏫**');
  });

  test('states the methodology before the summary, and the summary before the claims', () => {
    const markdown = renderMarkdown(pressTvReport());
    const order = ['## Article', '## Rating scale', '## Summary', '## Claims', '## Links'].map((h) => markdown.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(markdown).toContain('- **Misleading** (off the scale): Accurate in parts, but presented in a way that leads to a false conclusion.');
  });

  test('links are numbered references listed once at the end, so sentences stay readable', () => {
    const markdown = renderMarkdown(pressTvReport());
    expect(markdown).not.toMatch(/\]\(https?:/);
    expect(markdown).toContain('- Public page: [factcheck.example.org][3]');
    expect(markdown.trimEnd().endsWith('[5]: <https://news.example.com/2017/12/06/us-troops-syria?utm=a,b>')).toBe(true);
  });

  test('internal notes appear only when asked for, marked as not for publication', () => {
    const report = pressTvReport();
    expect(renderMarkdown(report)).not.toContain('shared drive');
    const withNotes = renderMarkdown({ ...report, options: { onlyPublished: false, includeInternal: true } });
    expect(withNotes).toContain('Internal note (not for publication): Transcript saved in the shared drive.');
    expect(withNotes).toContain('### Claim 4'); // the claim still being researched
    expect(withNotes).toContain('- Verdict: not rated yet');
  });

  test('user text cannot become markup: headings, emphasis, links, HTML and lists stay text', () => {
    const base = pressTvReport();
    const hostile: ReviewReport = {
      ...base,
      claims: base.claims.map((c) =>
        c.id === 'clm_troops'
          ? { ...c, statement: '# Breaking [click](https://evil.example) <script>alert(1)</script> *now*', explanation: '1. first\n- second\n\n> quoted &amp; `code`' }
          : c,
      ),
    };
    const markdown = renderMarkdown(hostile);
    expect(markdown).toContain('### Claim 3: \\# Breaking \\[click\\](https://evil.example) \\<script\\>alert(1)\\</script\\> \\*now\\*');
    expect(markdown).toContain('1\\. first\n\\- second\n\n\\> quoted \\&amp; \\`code\\`');
    expect(markdown).not.toContain('<script>');
  });
});

describe('escaping for Markdown', () => {
  test('leaves ordinary punctuation alone so the file reads well as plain text', () => {
    expect(escapeInline('Lavrov said the US-led coalition (since 2014) had "no mandate" - 2,000 troops.')).toBe(
      'Lavrov said the US-led coalition (since 2014) had "no mandate" - 2,000 troops.',
    );
  });

  test('escapes what starts a block only at the start of a line', () => {
    expect(escapeInline('+ plus')).toBe('\\+ plus');
    expect(escapeInline('2017. A year')).toBe('2017\\. A year');
    expect(escapeInline('---')).toBe('\\---');
    expect(escapeBlock('First line\n=====\n\nSecond paragraph', '> ')).toBe('> First line\n> \\=====\n>\n> Second paragraph');
  });
});
