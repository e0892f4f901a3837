import 'server-only';
import { searchKey } from '@/lib/core/suggestions';
import { requireLatestVersion } from '@/lib/server/articles/latest-version';
import { randomUUID } from 'node:crypto';
import { db, type Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { parseAnnotationImport, planAnnotationImport } from '@/lib/core/exports';
import type { AnnotationImportResult } from '@/lib/validations/annotation-import';
import { isStorableDate } from '@/lib/validations/common';

const IMPORT_REASON = 'Imported from W3C Web Annotations';

function parseDate(value: string | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || !isStorableDate(date) ? null : date;
}

/**
 * Turns a W3C Web Annotation collection (from Hypothesis, another Factdesk…) into claims on the
 * article's current text. Every annotation is placed the way claims are re-anchored; the ones
 * that cannot be placed are reported with the reason, never dropped silently or guessed at.
 * All claims are created in one transaction: an import lands whole or not at all. Verdicts are
 * kept as verdicts but never published: the review gate still applies to imported work.
 */
export async function importAnnotations(
  actor: Actor,
  articleId: string,
  input: unknown,
  { dryRun = false } = {},
): Promise<AnnotationImportResult> {
  requirePermission(actor, 'claim.create');
  const version = await requireLatestVersion(actor, articleId);

  const parsed = parseAnnotationImport(input);
  if (!parsed.ok) throw new AppError('unprocessable', parsed.message, { details: { issues: parsed.issues } });
  // Only the offered verdicts: a retired one is never given to a new claim (decision 040), so its
  // label is kept at the top of the explanation like any label the scale does not offer.
  const ratings = await db.rating.findMany({ where: { workspaceId: actor.workspaceId, retiredAt: null }, select: { id: true, key: true, label: true } });
  const plan = planAnnotationImport(version.text, parsed.annotations, { ratingScale: ratings });
  const ratingIds = new Map(ratings.map((r) => [r.key, r.id]));

  const planned = plan.toCreate.map((claim) => ({ claim, id: dryRun ? null : randomUUID() }));
  if (!dryRun && planned.length > 0) {
    const claims: Prisma.ClaimCreateManyInput[] = [];
    const evidence: Prisma.EvidenceCreateManyInput[] = [];
    const events: Prisma.ClaimEventCreateManyInput[] = [];
    const comments: Prisma.CommentCreateManyInput[] = [];
    for (const { claim, id } of planned) {
      const claimId = id!;
      claims.push({
        id: claimId,
        workspaceId: actor.workspaceId,
        articleId,
        articleVersionId: version.id,
        start: claim.position.start,
        end: claim.position.end,
        exact: claim.quote.exact,
        prefix: claim.quote.prefix,
        suffix: claim.quote.suffix,
        anchorMethod: `imported:${claim.method}`,
        statement: claim.statement.slice(0, 2000),
        similarityKey: searchKey(claim.statement.slice(0, 2000) || claim.quote.exact),
        explanation: claim.explanation.slice(0, 20_000),
        ratingId: claim.verdictKey ? (ratingIds.get(claim.verdictKey) ?? null) : null,
        createdById: actor.userId,
      });
      for (const item of claim.evidence) {
        evidence.push({
          claimId,
          workspaceId: actor.workspaceId,
          url: item.url,
          title: item.title ?? '',
          passage: item.passage ?? '',
          // The annotation model has no stance; "adds context" claims the least.
          stance: 'context',
          accessedAt: parseDate(item.accessedAt),
          createdById: actor.userId,
        });
      }
      events.push({
        claimId,
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        actorName: actor.userName,
        kind: 'created',
        field: 'quote',
        toValue: claim.quote.exact,
        reason: `${IMPORT_REASON} (placed by ${claim.method})`,
      });
      // Notes the claim model has no field for stay readable in the claim's timeline.
      if (claim.notes.length > 0) {
        comments.push({ claimId, workspaceId: actor.workspaceId, authorId: actor.userId, authorName: actor.userName, body: claim.notes.join('\n\n').slice(0, 10_000) });
      }
    }
    await db.$transaction([
      db.claim.createMany({ data: claims }),
      db.evidence.createMany({ data: evidence }),
      db.claimEvent.createMany({ data: events }),
      db.comment.createMany({ data: comments }),
    ]);
  }

  return {
    dryRun,
    created: planned.map(({ claim, id }) => ({
      index: claim.index,
      claimId: id,
      quote: claim.quote.exact,
      method: claim.method,
      verdict: claim.verdictKey,
      evidence: claim.evidence.length,
    })),
    unanchored: plan.unanchored,
    skipped: parsed.skipped,
  };
}
