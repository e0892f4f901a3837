import { createHash } from 'node:crypto';
import { detectDirection } from './direction';
import { documentFromHtml } from './from-html';
import { documentFromMarkdown, documentFromText } from './from-text';
import { NestingTooDeepError } from './nesting-limit';
import { extractHtmlMetadata } from './metadata';
import type { ArticleMetadata, FrozenDocument } from './types';

export const IMPORT_KINDS = ['text', 'markdown', 'html'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Larger than any news article with its page furniture; small enough to parse in one request. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export interface ImportInput {
  kind: ImportKind;
  content: string;
  /** The uploaded file's name, if any: checked for a supported extension and used in messages. */
  filename?: string;
}

export type ImportErrorCode = 'empty' | 'too_large' | 'unsupported';

export type PreparedImport =
  | { ok: true; document: FrozenDocument; metadata: ArticleMetadata; contentHash: string }
  | { ok: false; code: ImportErrorCode; message: string };

const EXTENSIONS: Record<string, ImportKind> = {
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

/** The import kind for a file name, by extension (case-insensitive); undefined if unsupported. */
export function kindFromFilename(name: string): ImportKind | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

/**
 * Turn pasted or uploaded content into a frozen document, its metadata and a hash, or a
 * reason it cannot be imported, phrased for the person importing. Never throws for bad input.
 */
export function prepareImport(input: ImportInput): PreparedImport {
  const rejection = checkInput(input);
  if (rejection) return rejection;

  let converted: Converted;
  try {
    converted = convert(input.kind, input.content);
  } catch (error) {
    // Hostile nesting. RangeError is a stack overflow in a parser that our limits did not foresee.
    if (error instanceof NestingTooDeepError || error instanceof RangeError) {
      return failure('unsupported', 'This article is nested too deeply to import. Save it as plain text and try again.');
    }
    throw error;
  }
  const { document, metadata } = converted;
  if (document.text === '') {
    return failure('empty', 'The article is empty: no readable text was left once markup, scripts and styles were removed.');
  }
  return {
    ok: true,
    document,
    // Direction is always set: declared, implied by the language, or read from the letters.
    metadata: { ...metadata, direction: metadata.direction ?? detectDirection(document.text) },
    contentHash: hashText(document.text),
  };
}

/** SHA-256 (hex) of the frozen text, as stored in ArticleVersion.contentHash. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function checkInput({ kind, content, filename }: ImportInput): PreparedImport | undefined {
  // Callers pass parsed request data, but a kind outside the union must still fail politely.
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) {
    return failure('unsupported', 'This kind of content cannot be imported. Use plain text, Markdown or HTML.');
  }
  if (filename !== undefined && kindFromFilename(filename) === undefined) {
    return failure('unsupported', `“${filename}” cannot be imported. Use a .txt, .md, .markdown, .html or .htm file.`);
  }
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    return failure('too_large', `The article is too large to import (${size} MB). The limit is 2 MB.`);
  }
  // NUL bytes do not occur in text files; this is a PDF, a Word file or an image.
  if (content.includes('\u0000')) {
    return failure('unsupported', 'This looks like a binary file, not text. Use plain text, Markdown or HTML.');
  }
  if (content.trim() === '') {
    return failure('empty', 'The article is empty. Paste or upload the text you want to check.');
  }
  return undefined;
}

type Converted = { document: FrozenDocument; metadata: ArticleMetadata };

function convert(kind: ImportKind, content: string): Converted {
  if (kind === 'markdown') return documentFromMarkdown(content);
  if (kind === 'text') return { document: documentFromText(content), metadata: {} };
  const metadata = extractHtmlMetadata(content);
  // Relative links in a saved page resolve against the URL the page declares for itself.
  return { document: documentFromHtml(content, { baseUrl: metadata.sourceUrl }), metadata };
}

function failure(code: ImportErrorCode, message: string): PreparedImport {
  return { ok: false, code, message };
}
