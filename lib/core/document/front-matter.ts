import { cleanValue, toDirection, toHttpUrl, toIsoDate, toLanguageTag, withoutUndefined } from './metadata-values';
import type { ArticleMetadata } from './types';

// A block of lines between two "---" lines at the very start of the file.
const FRONT_MATTER = /^\uFEFF?---[^\S\n]*\n(?:([\s\S]*?)\n)?---[^\S\n]*(?:\n|$)/;
const KEY_VALUE = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;

// Front-matter keys we understand, by the metadata field they fill. Several spellings are
// common across static-site generators and CMS exports.
const KEYS: Record<string, keyof ArticleMetadata> = {
  title: 'title',
  author: 'author',
  outlet: 'outlet',
  publisher: 'outlet',
  source: 'sourceUrl',
  url: 'sourceUrl',
  date: 'publishedAt',
  published: 'publishedAt',
  lang: 'language',
  language: 'language',
  dir: 'direction',
  direction: 'direction',
};

export interface FrontMatter {
  metadata: ArticleMetadata;
  /** The file without its front matter. */
  body: string;
}

/**
 * Read a YAML-ish front-matter block of `key: value` lines. This is deliberately not YAML:
 * only flat string values, optionally quoted; unknown keys and unreadable values are ignored.
 */
export function parseFrontMatter(source: string): FrontMatter {
  const match = FRONT_MATTER.exec(source);
  const lines = (match?.[1] ?? '').split('\n').filter((line) => line.trim() !== '');
  // A Markdown file may open with a "---" rule followed by prose: that is not front matter.
  if (!match || !lines.every((line) => KEY_VALUE.test(line.trim()) || line.trim().startsWith('#'))) {
    return { metadata: {}, body: source };
  }
  const raw: Partial<Record<keyof ArticleMetadata, string>> = {};
  for (const line of lines) {
    const pair = KEY_VALUE.exec(line.trim());
    const field = pair ? KEYS[(pair[1] ?? '').toLowerCase()] : undefined;
    if (pair && field && raw[field] === undefined) raw[field] = unquote(pair[2] ?? '');
  }
  const language = toLanguageTag(raw.language);
  const metadata: ArticleMetadata = {
    title: cleanValue(raw.title),
    author: cleanValue(raw.author),
    outlet: cleanValue(raw.outlet),
    sourceUrl: toHttpUrl(raw.sourceUrl),
    publishedAt: toIsoDate(raw.publishedAt),
    language,
    direction: toDirection(raw.direction, language),
  };
  return { metadata: withoutUndefined(metadata), body: source.slice(match[0].length) };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? (quoted[2] ?? '') : trimmed;
}
