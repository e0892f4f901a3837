import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { BackupContent } from '@/lib/validations/backup';

type Tx = Prisma.TransactionClient;
type HistoryContent = Pick<BackupContent, 'claimPositions' | 'articleEvents' | 'claimOrphanNotes'>;

/**
 * An article's history in backup form (decisions 012 and 042): where claims stood on versions
 * they have moved off, the article's own events, and each orphan's reason with its best
 * candidate. Read in two steps because events name people: `userIds` joins the backup's list of
 * people, then `toContent` names them by email.
 */
export async function readArticleHistoryContent(tx: Tx, workspaceId: string) {
  const ofWorkspace = { claim: { workspaceId } };
  const [positions, events, notes] = await Promise.all([
    tx.claimPosition.findMany({ where: ofWorkspace, orderBy: [{ claimId: 'asc' }, { articleVersionId: 'asc' }] }),
    tx.articleEvent.findMany({ where: { workspaceId }, orderBy: [{ at: 'asc' }, { id: 'asc' }] }),
    tx.claimOrphanNote.findMany({ where: ofWorkspace, orderBy: { claimId: 'asc' } }),
  ]);
  return {
    userIds: events.map((row) => row.actorId),
    toContent: (email: (userId: string | null) => string | null): HistoryContent => ({
      claimPositions: positions.map(({ createdAt, ...row }) => ({ ...row, createdAt: createdAt.toISOString() })),
      articleEvents: events.map(({ workspaceId: _w, actorId, at, ...row }) => ({ ...row, actor: email(actorId), at: at.toISOString() })),
      claimOrphanNotes: notes.map(({ createdAt, ...row }) => ({ ...row, createdAt: createdAt.toISOString() })),
    }),
  };
}

/** Writes them back, after the versions and claims they point at, in the restore's transaction. */
export async function writeArticleHistoryContent(tx: Tx, workspaceId: string, content: HistoryContent, user: (email: string | null) => string | null) {
  await tx.claimPosition.createMany({ data: content.claimPositions.map(({ createdAt, ...row }) => ({ ...row, createdAt: new Date(createdAt) })) });
  await tx.articleEvent.createMany({
    data: content.articleEvents.map(({ actor, at, ...row }) => ({ ...row, workspaceId, actorId: user(actor), at: new Date(at) })),
  });
  await tx.claimOrphanNote.createMany({ data: content.claimOrphanNotes.map(({ createdAt, ...row }) => ({ ...row, createdAt: new Date(createdAt) })) });
}
