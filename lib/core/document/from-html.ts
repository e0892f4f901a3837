import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode } from 'domhandler';
import { DocumentBuilder, type BlockKind } from './document-builder';
import { normalizeInput } from './normalize-text';
import { sanitizeArticleHtml, type SanitizeOptions } from './sanitize-html';
import type { BlockType, FrozenDocument } from './types';

const HEADINGS: Record<string, BlockType> = { h1: 'h2', h2: 'h2', h3: 'h3', h4: 'h4', h5: 'h4', h6: 'h4' };

/** Where the walker is: the kind of block text found here belongs to, and the nearest list. */
interface Context {
  kind: BlockKind;
  listOrdered: boolean;
}

/**
 * Freeze an HTML article. The HTML is sanitised first, so the walker only ever meets the safe
 * subset; every block element then starts a fresh block, which also flattens nested lists and
 * paragraphs inside list items or quotes into a flat sequence of blocks.
 * Throws NestingTooDeepError for pathologically nested input (see nesting-limit.ts).
 */
export function documentFromHtml(html: string, options: SanitizeOptions = {}): FrozenDocument {
  const safe = sanitizeArticleHtml(normalizeInput(html), options);
  const builder = new DocumentBuilder();
  const root = parseDocument(safe, { decodeEntities: true });
  walkChildren(root.children, { kind: { type: 'p' }, listOrdered: false }, builder);
  return builder.build();
}

function walkChildren(nodes: ChildNode[], context: Context, builder: DocumentBuilder): void {
  for (const node of nodes) walk(node, context, builder);
}

function walk(node: ChildNode, context: Context, builder: DocumentBuilder): void {
  if (isText(node)) {
    builder.appendText(node.data, context.kind);
    return;
  }
  if (!isTag(node)) return;
  const name = node.name;
  const heading = HEADINGS[name];

  if (name === 'br') {
    builder.appendLineBreak();
  } else if (name === 'a') {
    const href = node.attribs.href;
    // Sanitised HTML never nests links, but a nested one must not produce overlapping ranges.
    const recordLink = href !== undefined && !builder.linkIsOpen;
    if (recordLink) builder.openLink(href);
    walkChildren(node.children, context, builder);
    if (recordLink) builder.closeLink();
  } else if (name === 'ul' || name === 'ol') {
    inBlock(node.children, { ...context, listOrdered: name === 'ol' }, builder);
  } else if (name === 'li') {
    inBlock(node.children, { ...context, kind: { type: 'li', ordered: context.listOrdered } }, builder);
  } else if (name === 'blockquote') {
    inBlock(node.children, { ...context, kind: { type: 'blockquote' } }, builder);
  } else if (name === 'p') {
    // A paragraph inside a list item or quote is part of that item or quote.
    const inherits = context.kind.type === 'li' || context.kind.type === 'blockquote';
    inBlock(node.children, inherits ? context : { ...context, kind: { type: 'p' } }, builder);
  } else if (heading) {
    inBlock(node.children, { ...context, kind: { type: heading } }, builder);
  } else {
    walkChildren(node.children, context, builder);
  }
}

/** Block boundaries on both sides: text before and after never joins the block's text. */
function inBlock(nodes: ChildNode[], context: Context, builder: DocumentBuilder): void {
  builder.endBlock();
  walkChildren(nodes, context, builder);
  builder.endBlock();
}
