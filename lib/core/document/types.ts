import { z } from 'zod';

/**
 * The frozen form of an imported article. `text` is what claims point into; `blocks` describe
 * its structure so the reader can render it from `text` alone. All offsets are UTF-16 code
 * units of `text` (JavaScript string indices); convert to code points at the database and
 * W3C-selector boundary, never here.
 */

export const BLOCK_TYPES = ['p', 'h2', 'h3', 'h4', 'li', 'blockquote'] as const;
export const BLOCK_SEPARATOR = '\n\n';
export const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

const offset = z.number().int().nonnegative();

export const blockLinkSchema = z.object({
  start: offset,
  end: offset,
  href: z.string().refine(isAllowedHref, 'Link must be an absolute http, https or mailto URL'),
});

export const blockSchema = z.object({
  type: z.enum(BLOCK_TYPES),
  start: offset,
  end: offset,
  ordered: z.boolean().optional(),
  links: z.array(blockLinkSchema).optional(),
});

/** The `blocks` JSON column on its own: shape only, offsets unchecked. */
export const blocksSchema = z.array(blockSchema);

/**
 * A whole frozen document. Beyond the shape it checks every invariant the reader and the
 * anchoring code rely on, so a corrupted row fails loudly instead of mis-highlighting.
 */
export const frozenDocumentSchema = z
  .object({ text: z.string(), blocks: blocksSchema })
  .superRefine((doc, ctx) => {
    for (const problem of findDocumentProblems(doc)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
    }
  });

export type BlockType = (typeof BLOCK_TYPES)[number];
export type BlockLink = z.infer<typeof blockLinkSchema>;
export type Block = z.infer<typeof blockSchema>;
export type FrozenDocument = z.infer<typeof frozenDocumentSchema>;

/** What an import can tell us about the article besides its text. Every field is optional. */
export interface ArticleMetadata {
  title?: string;
  author?: string;
  outlet?: string;
  /** Absolute http(s) URL: the canonical URL the page declares, or the front-matter `source`. */
  sourceUrl?: string;
  /** ISO 8601 in UTC, e.g. "2017-12-28T09:14:00.000Z". */
  publishedAt?: string;
  /** BCP 47 language tag as declared, e.g. "en" or "ar-SA". */
  language?: string;
  direction?: 'ltr' | 'rtl';
}

function isAllowedHref(href: string): boolean {
  try {
    return (LINK_PROTOCOLS as readonly string[]).includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

interface Problem {
  message: string;
  path: (string | number)[];
}

function findDocumentProblems({ text, blocks }: { text: string; blocks: Block[] }): Problem[] {
  const problems: Problem[] = [];
  if (text !== text.trim()) problems.push({ message: 'Text has surrounding whitespace', path: ['text'] });
  if (blocks.length === 0 && text !== '') problems.push({ message: 'Text without blocks', path: ['blocks'] });
  let expectedStart = 0;
  blocks.forEach((block, i) => {
    const path = ['blocks', i];
    const body = text.slice(block.start, block.end);
    const gap = text.slice(expectedStart - BLOCK_SEPARATOR.length, expectedStart);
    if (block.start !== expectedStart || (i > 0 && gap !== BLOCK_SEPARATOR)) {
      problems.push({ message: 'Blocks must be in order, separated by one blank line', path: [...path, 'start'] });
    }
    if (block.end <= block.start || block.end > text.length) {
      problems.push({ message: 'Block range is empty or past the end of the text', path: [...path, 'end'] });
    }
    if (body !== body.trim() || body.includes(BLOCK_SEPARATOR)) {
      problems.push({ message: 'Block text has surrounding whitespace or a blank line', path });
    }
    if (block.ordered !== undefined && block.type !== 'li') {
      problems.push({ message: 'Only list items can be ordered', path: [...path, 'ordered'] });
    }
    block.links?.forEach((link, j) => {
      if (link.start < block.start || link.end > block.end || link.end <= link.start) {
        problems.push({ message: 'Link lies outside its block', path: [...path, 'links', j] });
      }
    });
    expectedStart = block.end + BLOCK_SEPARATOR.length;
  });
  const last = blocks.at(-1);
  if (last && last.end !== text.length) problems.push({ message: 'Blocks do not cover the text', path: ['blocks'] });
  return problems;
}
