import { collapseWhitespace } from './normalize-text';

/**
 * Parsers for single metadata values, shared by HTML metadata and Markdown front matter.
 * Each returns undefined for anything it cannot read with confidence: a missing field is
 * better than a wrong publication date on a fact-check.
 */

/** Drop absent fields so results compare and serialise cleanly. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function cleanValue(value: string | undefined): string | undefined {
  const cleaned = value === undefined ? '' : collapseWhitespace(value).trim();
  return cleaned === '' ? undefined : cleaned;
}

/** Absolute http(s) URLs only: a source link must be something a reader can open. */
export function toHttpUrl(value: string | undefined, baseUrl?: string): string | undefined {
  const cleaned = cleanValue(value);
  if (!cleaned) return undefined;
  try {
    const url = new URL(cleaned, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const ISO_DATE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * ISO 8601 dates only. Free-form dates ("Thu Dec 28, 2017 09:14AM") are parsed by JavaScript
 * in the server's time zone, so they would change with the machine; we skip them. A time
 * without a zone is taken as UTC, a date without a time as midnight UTC.
 */
export function toIsoDate(value: string | undefined): string | undefined {
  const match = ISO_DATE.exec(cleanValue(value) ?? '');
  if (!match) return undefined;
  const [, date, time, zone] = match;
  const offset = !zone || zone.toUpperCase() === 'Z' ? 'Z' : normalizeOffset(zone);
  const parsed = new Date(time ? `${date}T${time.slice(0, 12)}${offset}` : `${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

function normalizeOffset(zone: string): string {
  const digits = zone.slice(1).replace(':', '').padEnd(4, '0');
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export function toLanguageTag(value: string | undefined): string | undefined {
  const cleaned = cleanValue(value)?.replace(/_/g, '-');
  return cleaned && LANGUAGE_TAG.test(cleaned) ? cleaned : undefined;
}

// Languages written right to left (ISO 639 codes), for pages that declare lang but not dir.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export function toDirection(dir: string | undefined, language: string | undefined): 'ltr' | 'rtl' | undefined {
  const explicit = cleanValue(dir)?.toLowerCase();
  if (explicit === 'ltr' || explicit === 'rtl') return explicit;
  if (!language) return undefined;
  return RTL_LANGUAGES.has((language.split('-')[0] ?? '').toLowerCase()) ? 'rtl' : 'ltr';
}
