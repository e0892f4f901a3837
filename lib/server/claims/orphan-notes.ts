import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { createOffsetIndex, describeRange } from '@/lib/core/anchoring';
import type { ReanchorPlan } from '@/lib/core/versions/plan-reanchoring';
import type { OrphanNoteDto, OrphanNoteListDto } from '@/lib/validations/orphan-note';

type Tx = Prisma.TransactionClient;

/**
 * The texts of the versions the claims point into, so re-anchoring can follow the word map from
 * each of them to the new version (lib/core/anchoring/reanchor-all.ts).
 */
export async function loadVersionTexts(tx: Tx, versionIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(versionIds)];
  if (ids.length === 0) return new Map();
  const rows = await tx.articleVersion.findMany({ where: { id: { in: ids } }, select: { id: true, text: true } });
  return new Map(rows.map((row) => [row.id, row.text]));
}

/**
 * Keeps each orphan's reason and best rejected candidate with the claim, replacing what an
 * earlier version left; claims that were placed lose theirs. Call inside the transaction that
 * applies the plans.
 */
export async function writeOrphanNotes(tx: Tx, versionId: string, plans: readonly ReanchorPlan[]): Promise<void> {
  const placed = plans.filter((p) => p.kind === 'moved').map((p) => p.claimId);
  const orphans = plans.filter((p): p is Extract<ReanchorPlan, { kind: 'orphaned' | 'still_orphaned' }> => p.kind !== 'moved');
  const claimIds = [...placed, ...orphans.map((p) => p.claimId)];
  if (claimIds.length === 0) return;
  await tx.claimOrphanNote.deleteMany({ where: { claimId: { in: claimIds } } });
  if (orphans.length === 0) return;
  await tx.claimOrphanNote.createMany({
    data: orphans.map((p) => ({
      claimId: p.claimId,
      articleVersionId: versionId,
      reason: p.reason,
      detail: p.detail,
      candidateStart: p.suggestion?.start ?? null,
      candidateEnd: p.suggestion?.end ?? null,
      candidateScore: p.suggestion?.score ?? null,
    })),
  });
}

/** Re-attaching (by hand or by accepting the suggestion) ends the claim's orphan note. */
export async function clearOrphanNote(tx: Tx, claimId: string): Promise<void> {
  await tx.claimOrphanNote.deleteMany({ where: { claimId } });
}

/**
 * Why each orphan of an article (not deleted) lost its place, with the best candidate as a
 * selection of the latest version when the note was made on it (a note from an older version
 * still says why, but its positions no longer hold: no suggestion).
 */
export async function listOrphanNotes(actor: Actor, articleId: string): Promise<OrphanNoteListDto> {
  const latest = await db.articleVersion.findFirst({
    where: { articleId, article: { workspaceId: actor.workspaceId } },
    orderBy: { number: 'desc' },
    select: { id: true, text: true },
  });
  if (!latest) throw new AppError('not_found', 'Article not found.');
  const notes = await db.claimOrphanNote.findMany({
    where: { claim: { articleId, workspaceId: actor.workspaceId, deletedAt: null, anchorState: 'orphaned' } },
    select: {
      claimId: true,
      reason: true,
      detail: true,
      candidateStart: true,
      candidateEnd: true,
      candidateScore: true,
      articleVersion: { select: { id: true, number: true } },
    },
    orderBy: { claim: { start: 'asc' } },
  });
  const index = createOffsetIndex(latest.text);
  return {
    orphans: notes.map((note): OrphanNoteDto => {
      let suggestion: OrphanNoteDto['suggestion'] = null;
      if (note.articleVersion.id === latest.id && note.candidateStart !== null && note.candidateEnd !== null) {
        const described = describeRange(latest.text, index.toUtf16(note.candidateStart), index.toUtf16(note.candidateEnd), index);
        if (described.ok) {
          const { position, quote } = described;
          suggestion = { start: position.start, end: position.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, score: note.candidateScore ?? 0 };
        }
      }
      return { claimId: note.claimId, reason: note.reason as OrphanNoteDto['reason'], detail: note.detail, versionNumber: note.articleVersion.number, suggestion };
    }),
  };
}
