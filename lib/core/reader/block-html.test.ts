import { describe, expect, test } from 'vitest';
import { buildSegments, splitSegmentsByBlocks } from '@/lib/core/anchoring';
import type { VerdictPaint } from '@/lib/core/rating-scale/rating-scale';
import { blockHtml } from './block-html';

function html(text: string, claims: { id: string; start: number; end: number }[], options: { links?: { start: number; end: number; href: string }[]; paints?: [string, VerdictPaint][]; activeId?: string } = {}) {
  const block = { start: 0, end: text.length };
  const segments = splitSegmentsByBlocks(buildSegments(text.length, claims, { includeGaps: true }), [block])[0] ?? [];
  return blockHtml({ block, links: options.links ?? [], text, segments, paints: new Map(options.paints ?? []), activeId: options.activeId ?? null });
}

describe('a reader block written as HTML', () => {
  test('a claim is a mark between plain pieces, painted with its verdict and marked active when open', () => {
    const out = html('Unemployment fell by 2 percent.', [{ id: 'c1', start: 13, end: 30 }], {
      paints: [['c1', { tone: 'mostly-false', color: null }]],
      activeId: 'c1',
    });
    expect(out).toBe(
      '<span><span>Unemployment </span>' +
        '<mark class="claim-highlight tone-mostly-false" style="--depth:1" data-claim-ids="c1" data-active="true">fell by 2 percent</mark>' +
        '<span>.</span></span>',
    );
  });

  test('overlapping claims stack their depth, innermost first, and a chosen colour is kept', () => {
    const out = html('abcdefghij', [
      { id: 'outer', start: 0, end: 10 },
      { id: 'inner', start: 3, end: 6 },
    ], { paints: [['inner', { tone: 'true', color: '#1a2B3c' }]] });
    expect(out).toContain('<mark class="claim-highlight tone-true" style="--depth:2;--tone:#1a2B3c" data-claim-ids="inner outer">def</mark>');
    expect(out).toContain('<mark class="claim-highlight tone-none" style="--depth:1" data-claim-ids="outer">abc</mark>');
  });

  test('the article text cannot write markup: every character that could is escaped', () => {
    const text = `<img src=x onerror="alert(1)"> & 'quoted'`;
    const out = html(text, [{ id: 'c"><script>', start: 0, end: 5 }]);
    expect(out).not.toMatch(/<img|<script/);
    expect(out).toContain('&lt;img');
    expect(out).toContain('data-claim-ids="c&quot;&gt;&lt;script&gt;"');
    expect(out).toContain('onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;');
  });

  test('links keep web and mail addresses only, escaped, and open in a new tab without the opener', () => {
    const text = 'see the report or this';
    const out = html(text, [], {
      links: [
        { start: 4, end: 14, href: 'https://example.org/a?b=1&c="2"' },
        { start: 18, end: 22, href: 'javascript:alert(1)' },
      ],
    });
    expect(out).toContain('<a href="https://example.org/a?b=1&amp;c=&quot;2&quot;" target="_blank" rel="noopener noreferrer nofollow"');
    expect(out).not.toContain('javascript:');
    expect(out.match(/<a /g)).toHaveLength(1);
  });

  test('no other scheme gets through, however it is written', () => {
    for (const href of [' javascript:alert(1)', '\u0001javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relative/path']) {
      const out = html('a link here', [], { links: [{ start: 2, end: 6, href }] });
      expect(out, JSON.stringify(href)).not.toContain('<a ');
    }
  });

  test('a colour that is not a hex colour is left out rather than written into the style', () => {
    const out = html('abc', [{ id: 'c', start: 0, end: 3 }], { paints: [['c', { tone: 'false', color: 'red;background:url(x)' }]] });
    expect(out).toContain('style="--depth:1"');
    expect(out).not.toContain('url(');
  });
});
