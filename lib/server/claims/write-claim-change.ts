import 'server-only';
import { randomUUID } from 'node:crypto';
import { db, Prisma } from '@/lib/server/db/client';
import type { ClaimStatusValue } from '@/lib/validations/claim';
import type { NotificationRow } from '@/lib/server/notifications/notification-rows';
import type { ClaimRow } from './claim-shape';

/** The columns a claim change may set (the version and updatedAt are set here). */
export type ClaimColumns = Partial<{
  statement: string;
  /** searchKey(statement): set with every statement change (decision 027). */
  similarityKey: string;
  claimant: string;
  explanation: string;
  status: ClaimStatusValue;
  ratingId: string | null;
  assigneeId: string | null;
  proposedById: string | null;
  approvedById: string | null;
  approvedAt: Date | null;
  publishedAt: Date | null;
  correctedAt: Date | null;
  /**
   * 'snapshot': store the verdict as it reads now (label, value, the scale's ends) as the one
   * published, so later scale edits do not re-rate it (decision 040).
   */
  publishedRating: 'snapshot';
}>;

/** A history row as `claimEventRows` makes it; its claim and workspace are the updated claim's. */
export type ClaimEventRow = Pick<Prisma.ClaimEventCreateManyInput, 'actorId' | 'actorName' | 'kind' | 'field' | 'fromValue' | 'toValue' | 'reason'>;

// How each column is written: enums and timestamps need a cast from the text parameter.
const columnSql: Record<keyof ClaimColumns, (value: unknown) => Prisma.Sql> = {
  statement: (v) => Prisma.sql`"statement" = ${v}`,
  similarityKey: (v) => Prisma.sql`"similarityKey" = ${v}`,
  claimant: (v) => Prisma.sql`"claimant" = ${v}`,
  explanation: (v) => Prisma.sql`"explanation" = ${v}`,
  status: (v) => Prisma.sql`"status" = ${v}::"ClaimStatus"`,
  ratingId: (v) => Prisma.sql`"ratingId" = ${v}`,
  assigneeId: (v) => Prisma.sql`"assigneeId" = ${v}`,
  proposedById: (v) => Prisma.sql`"proposedById" = ${v}`,
  approvedById: (v) => Prisma.sql`"approvedById" = ${v}`,
  approvedAt: (v) => Prisma.sql`"approvedAt" = ${v}::timestamptz`,
  publishedAt: (v) => Prisma.sql`"publishedAt" = ${v}::timestamptz`,
  correctedAt: (v) => Prisma.sql`"correctedAt" = ${v}::timestamptz`,
  // Replaced in writeClaimChange: the snapshot reads the rating the change leaves.
  publishedRating: () => Prisma.empty,
};

/** The snapshot of the rating the claim has after the change (SET sees the old row). */
function publishedRatingSql(ratingId: string | null | undefined): Prisma.Sql {
  const id = ratingId === undefined ? Prisma.sql`claim."ratingId"` : Prisma.sql`${ratingId}`;
  return Prisma.sql`"publishedRating" = (
    SELECT jsonb_build_object('label', r.label, 'value', r.value, 'worst', w."ratingWorst", 'best', w."ratingBest")
      FROM rating r JOIN workspace w ON w.id = r."workspaceId" WHERE r.id = ${id})`;
}

type EvidenceJson = {
  id: string; claimId: string; url: string; title: string; publisher: string; passage: string;
  stance: ClaimRow['evidence'][number]['stance']; accessedAt: string | null; createdAt: string; updatedAt: string;
};
type WrittenRow = Omit<ClaimRow, 'rating' | 'evidence'> & {
  rating: ClaimRow['rating'];
  evidence: EvidenceJson[];
  names: Record<string, string> | null;
};

/**
 * Writes a claim change as ONE statement: the UPDATE that only matches the version the change
 * was based on, the history rows (inserted only if the update matched: same statement, so
 * atomic), and the claim as the API returns it, with its rating, evidence and the names of the
 * members it names, and the notifications the change sends (also only if it matched). A claim
 * update is the app's hottest write (autosave); one round trip instead of a transaction of seven
 * keeps its latency down (decision 011 notes the figures).
 * Returns null when no row matched: someone changed or deleted the claim meanwhile.
 */
export async function writeClaimChange(
  workspaceId: string,
  claimId: string,
  basedOnVersion: number,
  columns: ClaimColumns,
  events: readonly ClaimEventRow[],
  notifications: readonly NotificationRow[] = [],
): Promise<{ row: ClaimRow; names: Map<string, string> } | null> {
  const sets = (Object.keys(columns) as (keyof ClaimColumns)[])
    .filter((key) => columns[key] !== undefined)
    .map((key) => {
      if (key === 'publishedRating') return publishedRatingSql(columns.ratingId);
      const value = columns[key];
      return columnSql[key](value instanceof Date ? value.toISOString() : value);
    });
  const history = JSON.stringify(
    events.map((e) => ({ id: randomUUID(), actorId: e.actorId, actorName: e.actorName, kind: e.kind, field: e.field, fromValue: e.fromValue, toValue: e.toValue, reason: e.reason })),
  );
  // Most changes (autosave) notify nobody: the statement then carries no notification step.
  const notify = notifications.length
    ? Prisma.sql`, notified AS (
      INSERT INTO notification (id, "workspaceId", "recipientId", kind, "claimId", "articleId", "actorId", "actorName", payload)
      SELECT n.id, u."workspaceId", n."recipientId", n.kind::"NotificationKind", u.id, u."articleId", n."actorId", n."actorName", n.payload
      FROM updated u
      CROSS JOIN jsonb_to_recordset(${JSON.stringify(notifications)}::jsonb)
        AS n(id text, "recipientId" text, kind text, "actorId" text, "actorName" text, payload jsonb)
    )`
    : Prisma.empty;
  const [written] = await db.$queryRaw<WrittenRow[]>`
    WITH updated AS (
      UPDATE claim SET ${Prisma.join([...sets, Prisma.sql`"version" = "version" + 1`, Prisma.sql`"updatedAt" = now()`], ', ')}
      WHERE id = ${claimId} AND "workspaceId" = ${workspaceId} AND "version" = ${basedOnVersion} AND "deletedAt" IS NULL
      RETURNING *
    ), history AS (
      INSERT INTO claim_event (id, "claimId", "workspaceId", "actorId", "actorName", kind, field, "fromValue", "toValue", reason)
      SELECT e.id, u.id, u."workspaceId", e."actorId", e."actorName", e.kind, e.field, e."fromValue", e."toValue", e.reason
      FROM updated u
      CROSS JOIN jsonb_to_recordset(${history}::jsonb)
        AS e(id text, "actorId" text, "actorName" text, kind text, field text, "fromValue" text, "toValue" text, reason text)
    )${notify}
    SELECT u.id, u."articleId", u."articleVersionId", u.version, u.start, u."end", u.exact, u.prefix, u.suffix,
           u."anchorState"::text AS "anchorState", u."anchorMethod", u.statement, u.claimant, u.status::text AS status, u.explanation,
           u."createdById", u."assigneeId", u."proposedById", u."approvedById", u."approvedAt", u."publishedAt",
           u."correctedAt", u."publishedRating", u."createdAt", u."updatedAt",
           CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('key', r.key, 'label', r.label, 'value', r.value) END AS rating,
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', e.id, 'claimId', e."claimId", 'url', e.url, 'title', e.title, 'publisher', e.publisher,
                      'passage', e.passage, 'stance', e.stance, 'accessedAt', e."accessedAt", 'createdAt', e."createdAt",
                      'updatedAt', e."updatedAt") ORDER BY e."createdAt")
             FROM evidence e WHERE e."claimId" = u.id), '[]'::json) AS evidence,
           (SELECT json_object_agg(x.id, x.name) FROM "user" x
             WHERE x.id IN (u."createdById", u."assigneeId", u."proposedById", u."approvedById")) AS names
    FROM updated u LEFT JOIN rating r ON r.id = u."ratingId"`;
  if (!written) return null;
  const { names, evidence, ...claim } = written;
  const date = (value: string | null) => (value === null ? null : new Date(value));
  const row: ClaimRow = {
    ...claim,
    evidence: evidence.map((e) => ({ ...e, accessedAt: date(e.accessedAt), createdAt: new Date(e.createdAt), updatedAt: new Date(e.updatedAt) })),
  };
  return { row, names: new Map(Object.entries(names ?? {})) };
}
