import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, NestingTooDeepError, assertMarkdownDepth, createDepthGuard } from './nesting-limit';
import { sanitizeArticleHtml } from './sanitize-html';
import { extractHtmlMetadata } from './metadata';
import { documentFromMarkdown } from './from-text';

describe('nesting limits', () => {
  it('let a page through at the depth Chrome itself allows', () => {
    const html = '<div>'.repeat(MAX_HTML_DEPTH - 1) + '<p>Deep but fine.</p>';
    expect(sanitizeArticleHtml(html)).toContain('<p>Deep but fine.</p>');
    expect(() => extractHtmlMetadata(html)).not.toThrow();
  });

  it('stop parsing a page nested deeper than that, before the parser gets slow', () => {
    const html = '<div>'.repeat(200_000);
    expect(() => sanitizeArticleHtml(html)).toThrow(NestingTooDeepError);
    expect(() => extractHtmlMetadata(html)).toThrow(NestingTooDeepError);
  });

  it('count what the parser counts: unclosed links nest, closed siblings do not', () => {
    expect(() => sanitizeArticleHtml('<a href="https://e.test/">x '.repeat(MAX_HTML_DEPTH + 1))).toThrow(NestingTooDeepError);
    expect(() => sanitizeArticleHtml('<p>x</p><br><img src=a>'.repeat(10_000))).not.toThrow();
  });

  it('follow open and close events through the guard', () => {
    const guard = createDepthGuard(2);
    guard.open();
    guard.open();
    guard.close();
    guard.open();
    expect(() => guard.open()).toThrow('nested more than 2 levels deep');
  });

  it('allow ordinary nested Markdown lists and quotes, but not hundreds of levels', () => {
    expect(() => assertMarkdownDepth('> quote\n> > reply\n- a\n  - b\n    1. c')).not.toThrow();
    expect(() => documentFromMarkdown('>'.repeat(100_000))).toThrow(NestingTooDeepError);
    expect(() => documentFromMarkdown(`${'- '.repeat(100)}x`)).toThrow(NestingTooDeepError);
  });
});
