import 'server-only';
import { version as appVersion } from '@/package.json';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { buildArchive, backupFileName, encodeArchive } from '@/lib/core/backup/write-archive';
import { readWorkspaceContent } from './read-workspace-content';
import { sealOf } from './archive-seal';

/**
 * The whole workspace as one gzip-compressed JSON archive (docs/decisions/012-workspace-backup.md).
 * Read in one repeatable-read transaction, so the archive is one consistent moment even while
 * others keep working.
 */
export async function createBackup(actor: Actor): Promise<{ fileName: string; bytes: Buffer }> {
  requirePermission(actor, 'workspace.manage');
  const content = await db.$transaction((tx) => readWorkspaceContent(tx, actor.workspaceId), {
    isolationLevel: 'RepeatableRead',
    timeout: 120_000,
  });
  const createdAt = new Date();
  const archive = buildArchive(content, { appVersion, createdAt });
  const seal = sealOf(archive.manifest.sha256);
  if (seal) archive.manifest.seal = seal;
  return { fileName: backupFileName(content.workspace.name, createdAt), bytes: encodeArchive(archive) };
}
