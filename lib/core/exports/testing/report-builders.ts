// Building blocks for the export tests' reports: claims marked on a text the way the reader
// marks them (describeRange: code points, quote with 32 code points of context), articles with
// a real content hash, verdicts from the default scale.

import { describeRange } from '@/lib/core/anchoring';
import { hashText } from '@/lib/core/document/import-article';
import { DEFAULT_RATING_SCALE } from '@/lib/core/rating-scale/rating-scale';
import type { ReportArticle, ReportClaim } from '../report-model';

export const SITE_URL = 'https://factdesk.example.org';

export const ratingScale = DEFAULT_RATING_SCALE.map((rating) => ({ ...rating }));
export const verdict = (key: string) => {
  const rating = ratingScale.find((r) => r.key === key);
  if (!rating) throw new Error(`No rating ${key}`);
  return { key: rating.key, label: rating.label, value: rating.value };
};

/** Marks `quote` (its first occurrence) in `text` as the reader would, with the claim's fields. */
export function markClaim(text: string, quote: string, fields: Partial<ReportClaim> & { id: string }): ReportClaim {
  const at = text.indexOf(quote);
  const described = describeRange(text, at, at + quote.length);
  if (at < 0 || !described.ok) throw new Error(`Quote not in text: ${quote}`);
  return {
    start: described.position.start,
    end: described.position.end,
    exact: described.quote.exact,
    prefix: described.quote.prefix,
    suffix: described.quote.suffix,
    anchorState: 'anchored',
    statement: '',
    claimant: '',
    status: 'to_check',
    verdict: null,
    explanation: '',
    evidence: [],
    createdBy: 'Amal Haddad',
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:00:00.000Z',
    checkedBy: null,
    approvedBy: null,
    approvedAt: null,
    publishedAt: null,
    correctedAt: null,
    publicUrl: null,
    publicLink: null,
    corrections: [],
    correctionRequests: [],
    ...fields,
  };
}

export function article(fields: Omit<ReportArticle, 'contentHash' | 'versionNumber' | 'canonicalUrl'>): ReportArticle {
  return { ...fields, canonicalUrl: null, contentHash: hashText(fields.text), versionNumber: 1 };
}

/** The fields of a claim checked, approved and published. */
export const published = {
  status: 'published' as const,
  checkedBy: 'Amal Haddad',
  approvedBy: 'Jonas Weber',
  approvedAt: '2026-11-30T15:00:00.000Z',
  publishedAt: '2026-11-30T16:00:00.000Z',
  updatedAt: '2026-11-30T16:00:00.000Z',
};
