// The workspace's own words on its methodology (Markdown an admin wrote) as HTML safe to place
// in a public page: the same path as an imported Markdown article (markdown-it, then the article
// sanitiser: structure, emphasis and http/https/mailto links only, an h1 becoming an h2 under
// the page's own title; decision 016). Input too deeply nested to parse safely is shown as
// escaped text rather than failing the page.

import { markdownToHtml } from '@/lib/core/document/markdown-to-html';
import { sanitizeArticleHtml } from '@/lib/core/document/sanitize-html';
import { assertMarkdownDepth } from '@/lib/core/document/nesting-limit';
import { escapeHtml } from '@/lib/core/document/escape-html';

export function methodologyHtml(markdown: string): string {
  if (!markdown.trim()) return '';
  try {
    assertMarkdownDepth(markdown);
    return sanitizeArticleHtml(markdownToHtml(markdown));
  } catch {
    return `<p>${escapeHtml(markdown)}</p>`;
  }
}
