/**
 * Text normalisation shared by every importer. It runs once, before the document is frozen,
 * so claims, hashes and quote searches all see the same characters.
 */

import { toWellFormed } from '@/lib/validations/common';

// C0/C1 controls that are not whitespace: invisible, and NUL breaks PostgreSQL.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Make raw input safe to freeze: well-formed UTF-16, NFC, "\n" line ends, no stray controls. */
export function normalizeInput(raw: string): string {
  // A lone surrogate cannot be stored in PostgreSQL and has no code point to convert an offset to.
  return toWellFormed(raw)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .normalize('NFC');
}

/** Any run of whitespace (including no-break spaces and line breaks) becomes one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}
