import 'server-only';
import { randomBytes } from 'node:crypto';
import { AppError } from '@/lib/errors';
import { db, Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { slugify } from '@/lib/server/workspaces/create-first-workspace';
import { readArchive } from '@/lib/core/backup/read-archive';
import { BackupArchiveError } from '@/lib/core/backup/archive-error';
import { archiveIds, remapIds } from '@/lib/core/backup/remap-ids';
import { restoredScaleEnds } from '@/lib/core/backup/scale-ends';
import type { BackupContent, RestoreResult } from '@/lib/validations/backup';
import { resolveUsers, writeWorkspaceContent } from './write-workspace-content';
import { isSealedHere } from './archive-seal';

type Tx = Prisma.TransactionClient;

function checkedArchive(bytes: Uint8Array) {
  try {
    return readArchive(bytes);
  } catch (error) {
    if (!(error instanceof BackupArchiveError)) throw error;
    const code = error.kind === 'unreadable' ? 'bad_request' : 'unprocessable';
    throw new AppError(code, error.message, { fields: error.fields });
  }
}

/** The target: this workspace if it is still empty (locked against a second restore), or a new one. */
async function targetWorkspace(tx: Tx, actor: Actor, content: BackupContent, target: 'current' | 'new') {
  if (target === 'new') {
    return tx.workspace.create({
      data: {
        name: content.workspace.name,
        slug: slugify(content.workspace.name),
        memberships: { create: { userId: actor.userId, role: 'admin' } },
      },
      select: { id: true },
    });
  }
  // FOR UPDATE: two restores into the same empty workspace at once must not both see it empty.
  await tx.$queryRaw`SELECT id FROM workspace WHERE id = ${actor.workspaceId} FOR UPDATE`;
  const article = await tx.article.findFirst({ where: { workspaceId: actor.workspaceId }, select: { id: true } });
  if (article) {
    throw new AppError('conflict', 'This workspace already has articles. Restore into an empty workspace or as a new workspace.');
  }
  return { id: actor.workspaceId };
}

/** Whether any id of the archive is already used on this instance (a restore next to the original). */
async function idsTaken(tx: Tx, content: BackupContent): Promise<boolean> {
  const ids = archiveIds(content);
  const checks = [
    tx.article.count({ where: { id: { in: ids.articles } } }),
    tx.articleVersion.count({ where: { id: { in: ids.articleVersions } } }),
    tx.claim.count({ where: { id: { in: ids.claims } } }),
    tx.evidence.count({ where: { id: { in: ids.evidence } } }),
    tx.claimEvent.count({ where: { id: { in: ids.claimEvents } } }),
    tx.comment.count({ where: { id: { in: ids.comments } } }),
    tx.shareLink.count({ where: { id: { in: ids.shareLinks } } }),
    tx.claimLink.count({ where: { id: { in: ids.claimLinks } } }),
    tx.suggestionDismissal.count({ where: { id: { in: ids.suggestionDismissals } } }),
    tx.referenceReview.count({ where: { id: { in: ids.referenceReviews } } }),
    tx.articleEvent.count({ where: { id: { in: ids.articleEvents } } }),
    tx.evidenceSnapshot.count({ where: { id: { in: ids.evidenceSnapshots } } }),
    tx.correctionRequest.count({ where: { id: { in: ids.correctionRequests } } }),
    tx.correctionRequestEvent.count({ where: { id: { in: ids.correctionRequestEvents } } }),
  ];
  return (await Promise.all(checks)).some((count) => count > 0);
}

/**
 * The workspace's own settings from the archive: the scale's ends (an older archive's from its
 * verdicts) and the public pages. A public address is unique on an instance: restored next to
 * the original, the copy's pages start turned off and without an address (the original keeps
 * its address; the admin picks another one).
 */
async function restoredSettings(tx: Tx, workspaceId: string, content: BackupContent): Promise<Prisma.WorkspaceUpdateInput> {
  const { ratingWorst: _worst, ratingBest: _best, ...settings } = content.workspace;
  const ends = restoredScaleEnds(content);
  const { slug, enabled, methodologyMarkdown } = content.publicPages;
  const taken = slug !== null && (await tx.workspace.count({ where: { publicSlug: slug, id: { not: workspaceId } } })) > 0;
  return {
    ...settings,
    ratingWorst: ends.worst,
    ratingBest: ends.best,
    methodologyMarkdown,
    publicSlug: taken ? null : slug,
    publicPagesEnabled: enabled && slug !== null && !taken,
  };
}

const newId = () => `c${randomBytes(12).toString('hex')}`;

/** Members of the archive who have an account here get their role; the acting admin stays admin. */
async function restoreMemberships(tx: Tx, actor: Actor, workspaceId: string, content: BackupContent, users: Map<string, string>) {
  let restored = 0;
  for (const member of content.users) {
    const userId = users.get(member.email.toLowerCase());
    if (!member.role || !userId || userId === actor.userId) continue;
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId, userId } },
      create: { workspaceId, userId, role: member.role },
      update: { role: member.role },
    });
    restored += 1;
  }
  return restored;
}

/**
 * Restores an archive (docs/decisions/012-workspace-backup.md): checked completely first, then
 * written in one transaction, so a refused or failed restore changes nothing.
 */
export async function restoreBackup(actor: Actor, readBody: () => Promise<Uint8Array>, target: 'current' | 'new'): Promise<RestoreResult> {
  // Before the upload is read: a member who may not restore gets 403, not a wait for 50 MB.
  requirePermission(actor, 'workspace.manage');
  const archive = checkedArchive(await readBody());
  try {
    return await writeArchive(actor, archive.content, archive.manifest.counts, target, isSealedHere(archive.manifest));
  } catch (error) {
    // Ids are checked, then written: only the same archive restored at the very same moment on
    // this instance can take them in between. Nothing was written; trying again remaps.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'Another restore of this archive was running at the same time. Try again.');
    }
    throw error;
  }
}

/**
 * People of the archive → accounts here. A sealed archive (made by this instance) links everyone
 * who has an account; any other links only the restoring admin, whatever emails it names.
 */
async function linkedPeople(tx: Tx, actor: Actor, content: BackupContent, madeHere: boolean): Promise<Map<string, string>> {
  const found = await resolveUsers(tx, content);
  if (madeHere) return found;
  return new Map([...found].filter(([, userId]) => userId === actor.userId));
}

function writeArchive(actor: Actor, archived: BackupContent, counts: RestoreResult['counts'], target: 'current' | 'new', madeHere: boolean) {
  return db.$transaction(
    async (tx): Promise<RestoreResult> => {
      // Restored history is not news: no webhook events for it (decision 034).
      await tx.$queryRaw`SELECT set_config('factdesk.webhooks', 'off', true)`;
      const workspace = await targetWorkspace(tx, actor, archived, target);
      const idsKept = !(await idsTaken(tx, archived));
      const content = idsKept ? archived : remapIds(archived, newId);
      const saved = await tx.workspace.update({
        where: { id: workspace.id },
        data: await restoredSettings(tx, workspace.id, content),
        select: { id: true, name: true },
      });
      const users = await linkedPeople(tx, actor, content, madeHere);
      await writeWorkspaceContent(tx, workspace.id, content, users);
      const membersRestored = await restoreMemberships(tx, actor, workspace.id, content, users);
      return {
        workspace: saved,
        counts,
        idsKept,
        madeHere,
        membersRestored,
        usersNotFound: content.users.filter((user) => !users.has(user.email.toLowerCase())).map((user) => user.email),
      };
    },
    { timeout: 300_000, maxWait: 15_000 },
  );
}
