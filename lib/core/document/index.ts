// The frozen-document core: turn imported text, Markdown or HTML into the immutable text that
// claims point into. Server-side (node:crypto, node:fs); client code should import types only.
export {
  BLOCK_SEPARATOR,
  BLOCK_TYPES,
  blockLinkSchema,
  blockSchema,
  blocksSchema,
  frozenDocumentSchema,
  type ArticleMetadata,
  type Block,
  type BlockLink,
  type BlockType,
  type FrozenDocument,
} from './types';
export { sanitizeArticleHtml, type SanitizeOptions } from './sanitize-html';
export { documentFromHtml } from './from-html';
export { documentFromMarkdown, documentFromText, type MarkdownImport } from './from-text';
export { extractHtmlMetadata } from './metadata';
export { detectDirection } from './direction';
export { MAX_HTML_DEPTH, MAX_MARKDOWN_DEPTH, NestingTooDeepError } from './nesting-limit';
export {
  IMPORT_KINDS,
  MAX_IMPORT_BYTES,
  hashText,
  kindFromFilename,
  prepareImport,
  type ImportErrorCode,
  type ImportInput,
  type ImportKind,
  type PreparedImport,
} from './import-article';
export { loadSampleArticle, type SampleArticle } from './sample-article';
