// Reading W3C Web Annotations to import them as claims: from another Factdesk (our own
// renderAnnotationCollection), from Hypothesis (its API and exports put the selectors in
// `target[0].selector`, the note in `text`), or from any tool that follows the model.
//
// Accepted: one Annotation, an array of them, an AnnotationPage (`items`), an
// AnnotationCollection with its first page embedded, or a Hypothesis search result (`rows`).
// Selectors other than TextQuote/TextPosition (RangeSelector, XPath, CSS…) are ignored; a known
// selector that is malformed is an error, since guessing at it could misplace a claim. An
// annotation without a quote (a page note) cannot become a claim: it is listed as skipped.

import { z } from 'zod';
import { annotationSchema, MAX_IMPORTED_ANNOTATIONS } from './annotation-import-schema';
import type { ParsedAnnotation } from './annotation-import-schema';
import { readBodies } from './annotation-bodies';
import { NUL_MESSAGE } from '@/lib/validations/common';
import type { ImportedEvidence } from './annotation-bodies';

export type { ImportedEvidence } from './annotation-bodies';

export type ImportedAnnotation = {
  /** Position in the input (0-based), so messages can name the annotation. */
  index: number;
  quote: { exact: string; prefix: string; suffix: string };
  /** Code points, as the W3C model counts; only a hint once the texts differ. */
  position?: { start: number; end: number };
  statement?: string;
  verdictLabel?: string;
  explanation?: string;
  evidence: ImportedEvidence[];
  /** Text the model has no field for (comments, Hypothesis notes, non-web links): kept, not lost. */
  notes: string[];
};

export type SkippedAnnotation = { index: number; reason: 'no_quote'; message: string };
export type AnnotationImportIssue = { path: string; message: string };

export type ParseAnnotationImportResult =
  | { ok: true; annotations: ImportedAnnotation[]; skipped: SkippedAnnotation[] }
  | { ok: false; message: string; issues: AnnotationImportIssue[] };

export function parseAnnotationImport(json: unknown): ParseAnnotationImportResult {
  const list = annotationList(json);
  if ('message' in list) return { ok: false, message: list.message, issues: [] };

  const nul = findNul(list.items);
  if (nul) {
    const path = describePath(list.path, nul);
    return { ok: false, message: `${path}: ${NUL_MESSAGE}`, issues: [{ path, message: NUL_MESSAGE }] };
  }

  const parsed = z.array(annotationSchema).max(MAX_IMPORTED_ANNOTATIONS).safeParse(list.items);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: describePath(list.path, issue.path), message: issue.message }));
    const first = issues[0];
    return { ok: false, message: first ? `${first.path}: ${first.message}` : 'The annotations are malformed.', issues };
  }

  const annotations: ImportedAnnotation[] = [];
  const skipped: SkippedAnnotation[] = [];
  parsed.data.forEach((annotation, index) => {
    const imported = toImported(annotation, index);
    if (imported) annotations.push(imported);
    else skipped.push({ index, reason: 'no_quote', message: `Annotation ${index + 1} quotes no text (no TextQuoteSelector), so it cannot become a claim.` });
  });
  return { ok: true, annotations, skipped };
}

function annotationList(json: unknown): { items: unknown[]; path: string } | { message: string } {
  if (Array.isArray(json)) return { items: json, path: '' };
  if (!isObject(json)) return { message: 'Expected a W3C Annotation, a list of them, an AnnotationPage or an AnnotationCollection.' };
  if (hasType(json, 'AnnotationCollection')) {
    const first = json.first;
    if (typeof first === 'string') {
      return { message: 'The collection only links to its pages (`first` is an address); export it with the annotations embedded.' };
    }
    if (isObject(first) && Array.isArray(first.items)) return { items: first.items, path: 'first.items' };
    if (json.total === 0) return { items: [], path: '' };
    return { message: 'The AnnotationCollection has no embedded first page with `items`.' };
  }
  if (hasType(json, 'AnnotationPage')) {
    return Array.isArray(json.items) ? { items: json.items, path: 'items' } : { message: 'The AnnotationPage has no `items` list.' };
  }
  if (Array.isArray(json.rows)) return { items: json.rows, path: 'rows' };
  if ('target' in json) return { items: [json], path: '' };
  return { message: 'No annotations found: expected `target` on an Annotation, or `items` on a page.' };
}

function toImported(annotation: ParsedAnnotation, index: number): ImportedAnnotation | null {
  // The first target that quotes text; Hypothesis puts one target first, other tools may list more.
  const target = annotation.targets.find((t) => t.quote);
  if (!target?.quote) return null;
  const bodies = readBodies(annotation.bodies);
  const notes = [...(annotation.text?.trim() ? [annotation.text.trim()] : []), ...bodies.notes];
  return {
    index,
    quote: target.quote,
    ...(target.position ? { position: target.position } : {}),
    ...(bodies.statement ? { statement: bodies.statement } : {}),
    ...(bodies.verdictLabel ? { verdictLabel: bodies.verdictLabel } : {}),
    ...(bodies.explanation ? { explanation: bodies.explanation } : {}),
    evidence: bodies.evidence,
    notes,
  };
}

/**
 * Where the first text with U+0000 is, if any. PostgreSQL cannot store it, and most of an
 * annotation's text ends up stored (statement, notes, titles, passages, links), so any is refused.
 * A loop rather than recursion: the JSON may be nested deeper than the stack.
 */
function findNul(items: unknown[]): PropertyKey[] | null {
  // Each entry links to its parent, so the path is built only for the text at fault.
  type Entry = { value: unknown; key: PropertyKey; parent: Entry | null };
  const stack: Entry[] = items.map((value, index) => ({ value, key: index, parent: null })).reverse();
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const { value } = entry;
    if (typeof value === 'string') {
      if (!value.includes('\u0000')) continue;
      const path: PropertyKey[] = [];
      for (let at: Entry | null = entry; at; at = at.parent) path.unshift(at.key);
      return path;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: entry });
    } else if (isObject(value)) {
      for (const key of Object.keys(value).reverse()) stack.push({ value: value[key], key, parent: entry });
    }
  }
  return null;
}

/** "annotation 3, target.0.selector.1.start" reads better than a bare zod path. */
function describePath(prefix: string, path: PropertyKey[]): string {
  const [index, ...rest] = path;
  const where = typeof index === 'number' ? `Annotation ${index + 1}` : prefix || 'The input';
  return rest.length > 0 ? `${where} (${rest.map(String).join('.')})` : where;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: Record<string, unknown>, type: string): boolean {
  return value.type === type || (Array.isArray(value.type) && value.type.includes(type));
}
