// Reading other fact-checkers' published verdicts from ClaimReview JSON-LD (schema.org), as
// partners publish them: one object, an array, an @graph, a DataFeed of them, or the
// <script type="application/ld+json"> blocks of a web page. All or nothing: one malformed review
// refuses the whole import with a message naming it, so an admin never half-imports a file.
import { z } from 'zod';

/** Largest document read, in characters. */
export const MAX_DOCUMENT_CHARS = 2_000_000;
/** Most reviews one import may hold. */
export const MAX_REVIEWS = 1_000;
/** Nesting followed while looking for ClaimReview objects. */
const MAX_DEPTH = 8;

export type ParsedReview = {
  url: string;
  publisher: string;
  claimReviewed: string;
  ratingName: string;
  ratingValue: string | null;
  reviewedAt: string | null;
  author: string;
  claimant: string;
  appearanceUrl: string | null;
};

export type ParseResult = { ok: true; reviews: ParsedReview[] } | { ok: false; message: string };

const text = (max: number) => z.string().trim().max(max);
const named = z.union([text(300), z.object({ name: text(300).optional() }).passthrough()]);
const namedOrList = z.union([named, z.array(named).max(20)]).optional();
const link = z.string().trim().url().max(2000).refine((value) => /^https?:/i.test(value), 'must be an http(s) link');
const appearance = z.union([link, z.object({ url: link.optional() }).passthrough()]);

const claimReviewSchema = z
  .object({
    url: link,
    claimReviewed: text(2000).min(1, 'is empty'),
    reviewRating: z
      .object({
        alternateName: text(200).optional(),
        name: text(200).optional(),
        ratingValue: z.union([z.string().max(50), z.number()]).optional(),
      })
      .passthrough()
      .optional(),
    datePublished: z.string().trim().max(50).optional(),
    author: namedOrList,
    publisher: namedOrList,
    itemReviewed: z
      .object({
        author: namedOrList,
        appearance: z.union([appearance, z.array(appearance).max(50)]).optional(),
        firstAppearance: appearance.optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

type ClaimReviewJson = z.infer<typeof claimReviewSchema>;

export function parseClaimReviews(document: string): ParseResult {
  if (document.length > MAX_DOCUMENT_CHARS) {
    return { ok: false, message: `The document is larger than ${MAX_DOCUMENT_CHARS / 1_000_000} MB; split it into smaller files.` };
  }
  const blocks = document.trimStart().startsWith('<') ? jsonLdBlocks(document) : [document];
  if (blocks.length === 0) return { ok: false, message: 'The page has no JSON-LD (no <script type="application/ld+json">).' };
  const found: unknown[] = [];
  for (const block of blocks) {
    let json: unknown;
    try {
      json = JSON.parse(block);
    } catch (error) {
      return { ok: false, message: `The document is not valid JSON: ${(error as Error).message}.` };
    }
    collectClaimReviews(json, found, 0);
    if (found.length > MAX_REVIEWS) return { ok: false, message: `The document holds more than ${MAX_REVIEWS} ClaimReviews; import at most ${MAX_REVIEWS} at a time.` };
  }
  if (found.length === 0) return { ok: false, message: 'No ClaimReview found: the document has no object with "@type": "ClaimReview".' };
  const reviews: ParsedReview[] = [];
  for (const [index, candidate] of found.entries()) {
    const parsed = claimReviewSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'the object';
      return { ok: false, message: `ClaimReview ${index + 1}: ${where} ${issue?.message ?? 'is invalid'}. Nothing was imported.` };
    }
    reviews.push(toReview(parsed.data));
  }
  return { ok: true, reviews };
}

function isClaimReview(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  return type === 'ClaimReview' || (Array.isArray(type) && type.includes('ClaimReview'));
}

/** Walks objects, arrays, @graph and DataFeed elements (which may wrap reviews in `item`). */
function collectClaimReviews(node: unknown, found: unknown[], depth: number): void {
  if (depth > MAX_DEPTH || found.length > MAX_REVIEWS || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectClaimReviews(item, found, depth + 1);
    return;
  }
  const object = node as Record<string, unknown>;
  if (isClaimReview(object)) {
    found.push(object);
    return;
  }
  for (const key of ['@graph', 'dataFeedElement', 'item', 'itemListElement', 'mainEntity']) {
    if (key in object) collectClaimReviews(object[key], found, depth + 1);
  }
}

function jsonLdBlocks(html: string): string[] {
  const pattern = /<script[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '').filter((block) => block.trim() !== '');
}

function firstName(value: ClaimReviewJson['author']): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (first === undefined) return '';
  return typeof first === 'string' ? first : (first.name ?? '');
}

function appearanceUrl(item: ClaimReviewJson['itemReviewed']): string | null {
  const candidates = [item?.firstAppearance, ...[item?.appearance].flat()];
  for (const candidate of candidates) {
    const url = typeof candidate === 'string' ? candidate : candidate?.url;
    if (url) return url;
  }
  return null;
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function toReview(review: ClaimReviewJson): ParsedReview {
  const rating = review.reviewRating;
  const author = firstName(review.author);
  return {
    url: review.url,
    // The fact-checking organisation: ClaimReview's author is usually it, publisher when given.
    publisher: firstName(review.publisher) || author || new URL(review.url).hostname,
    claimReviewed: review.claimReviewed,
    ratingName: rating?.alternateName || rating?.name || '',
    ratingValue: rating?.ratingValue === undefined ? null : String(rating.ratingValue),
    reviewedAt: isoDate(review.datePublished),
    author,
    claimant: firstName(review.itemReviewed?.author),
    appearanceUrl: appearanceUrl(review.itemReviewed),
  };
}
