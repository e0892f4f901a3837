import sanitize from 'sanitize-html';
import { createDepthGuard } from './nesting-limit';
import { safeHref } from './safe-href';

export interface SanitizeOptions {
  /** The page's own URL, used to resolve relative links; without it they are dropped. */
  baseUrl?: string;
}

export const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'br', 'em', 'strong', 'b', 'i',
] as const;

export const LINK_REL = 'noopener noreferrer nofollow';

/**
 * Elements dropped together with everything inside them: executable or embedded content,
 * and text that was never part of the article (the page <title>, form controls, media fallbacks).
 * sanitize-html skips nested tags inside these too, which is what defuses mXSS payloads such as
 * `<noscript><p title="</noscript><img onerror=…>">`.
 */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'form',
  'noscript', 'noembed', 'noframes', 'template', 'title', 'textarea', 'select', 'option', 'button',
  'datalist', 'xmp', 'canvas', 'audio', 'video',
];

/**
 * Layout elements that separate text without being one of our blocks. Dropping the tag alone
 * would glue "<div>One</div><div>Two</div>" into "OneTwo", so they become paragraphs; nested
 * paragraphs are harmless because the document walker splits at every block boundary.
 */
const BECOME_PARAGRAPHS = [
  'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'figure', 'figcaption', 'address',
  'details', 'summary', 'dialog', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td',
  'th', 'pre', 'center', 'fieldset', 'legend', 'hgroup',
];

/**
 * Reduce any HTML to the small, inert subset a frozen article needs: structure (paragraphs,
 * headings, lists, quotes), links to http/https/mailto with a safe rel, line breaks and
 * emphasis. Nothing else survives: no other tags, no other attributes, no other URL schemes.
 *
 * Throws NestingTooDeepError for pathologically nested input (see nesting-limit.ts).
 */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions = {}): string {
  const guard = createDepthGuard();
  const safe = sanitize(html, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: { a: ['href', 'rel'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    parseStyleAttributes: false,
    onOpenTag: guard.open,
    onCloseTag: guard.close,
    transformTags: {
      ...Object.fromEntries(BECOME_PARAGRAPHS.map((tag) => [tag, () => ({ tagName: 'p', attribs: {} })])),
      h1: () => ({ tagName: 'h2', attribs: {} }),
      a: (_tag, attribs) => {
        const href = attribs.href === undefined ? undefined : safeHref(attribs.href, options.baseUrl);
        const safeAttribs: Record<string, string> = href ? { href, rel: LINK_REL } : {};
        return { tagName: 'a', attribs: safeAttribs };
      },
    },
  });
  return removeDeadLinks(safe).trim();
}

/**
 * A link we will not render keeps its text but loses its tag. This runs after sanitize-html
 * because the in-library ways are unusable: renaming the tag to a disallowed one trips a bug
 * that renames later closing tags, and `exclusiveFilter` is quadratic in the number of links.
 * Sanitised links never nest (an <a> closes any open <a>), so a bare pair is matched safely.
 */
function removeDeadLinks(html: string): string {
  return html.replace(/<a>([\s\S]*?)<\/a>/g, '$1');
}
