// The review trail of a report's claims, from the rows the data layer reads: corrections from
// the claim history, and whether a published claim has a live public link. Pure, so the
// choices (labels for verdicts, time order, which links count) are tested without a database.

import type { RatingDto } from '@/lib/validations/rating';
import type { ReportCorrection, ReportPublicLink } from './report-model';

/** A `claim_event` row of kind `corrected`. */
export type CorrectionEventRow = {
  claimId: string;
  at: Date;
  actorName: string;
  field: string | null;
  fromValue: string | null;
  toValue: string | null;
  reason: string | null;
};

/** A share link of one claim (kind `claim`), as stored: no token, only dates. */
export type ClaimShareLinkRow = { claimId: string | null; createdAt: Date; expiresAt: Date | null; revokedAt: Date | null };

/**
 * Corrections by claim, each claim's in time order. A verdict is recorded by its key and shown
 * by the label of the workspace's scale (a key since removed from the scale stays a key).
 */
export function correctionsByClaim(rows: readonly CorrectionEventRow[], ratingScale: readonly RatingDto[]): Map<string, ReportCorrection[]> {
  const labels = new Map(ratingScale.map((r) => [r.key, r.label]));
  const shown = (field: string | null, value: string | null) => (field === 'verdict' && value !== null ? (labels.get(value) ?? value) : value);
  const byClaim = new Map<string, ReportCorrection[]>();
  const ordered = [...rows].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const row of ordered) {
    const list = byClaim.get(row.claimId) ?? [];
    list.push({
      at: row.at.toISOString(),
      by: row.actorName || 'Former member',
      field: row.field,
      from: shown(row.field, row.fromValue),
      to: shown(row.field, row.toValue),
      reason: row.reason ?? '',
    });
    byClaim.set(row.claimId, list);
  }
  return byClaim;
}

/**
 * The live public links by claim, summarised: shared since the earliest one was made, until the
 * last one expires (null when one never does). Live means not revoked and not expired at `now`;
 * a link of a claim that is not published shows nothing, so it is not counted here either.
 */
export function publicLinksByClaim(rows: readonly ClaimShareLinkRow[], now: Date): Map<string, ReportPublicLink> {
  const byClaim = new Map<string, { sharedAt: Date; expiresAt: Date | null }>();
  for (const row of rows) {
    if (!row.claimId || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) continue;
    const found = byClaim.get(row.claimId);
    if (!found) {
      byClaim.set(row.claimId, { sharedAt: row.createdAt, expiresAt: row.expiresAt });
      continue;
    }
    if (row.createdAt < found.sharedAt) found.sharedAt = row.createdAt;
    found.expiresAt = found.expiresAt && row.expiresAt ? (row.expiresAt > found.expiresAt ? row.expiresAt : found.expiresAt) : null;
  }
  return new Map(
    [...byClaim].map(([claimId, link]) => [claimId, { sharedAt: link.sharedAt.toISOString(), expiresAt: link.expiresAt?.toISOString() ?? null }]),
  );
}
