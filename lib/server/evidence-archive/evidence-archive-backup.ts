import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { BackupContent } from '@/lib/validations/backup';

type Tx = Prisma.TransactionClient;
type ArchiveContent = Pick<BackupContent, 'evidenceSnapshots' | 'evidenceArchives'>;

const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
const dateOrNull = (iso: string | null) => (iso === null ? null : new Date(iso));

/** The workspace's archived evidence in backup form (decision 038): snapshots with their raw bytes. */
export async function readEvidenceArchiveContent(tx: Tx, workspaceId: string): Promise<ArchiveContent> {
  const [snapshots, archives] = await Promise.all([
    tx.evidenceSnapshot.findMany({ where: { workspaceId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.evidenceArchive.findMany({ where: { workspaceId }, orderBy: { evidenceId: 'asc' } }),
  ]);
  return {
    evidenceSnapshots: snapshots.map((row) => ({
      id: row.id,
      contentHash: row.contentHash,
      rawBody: Buffer.from(row.rawBody).toString('base64'),
      text: row.text,
      blocks: row.blocks as unknown[],
      httpStatus: row.httpStatus,
      finalUrl: row.finalUrl,
      contentType: row.contentType,
      charset: row.charset,
      byteSize: row.byteSize,
      fetchedAt: row.fetchedAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
      screenshotState: row.screenshotState as BackupContent['evidenceSnapshots'][number]['screenshotState'],
      screenshotError: row.screenshotError,
      screenshot: row.screenshot ? Buffer.from(row.screenshot).toString('base64') : null,
    })),
    evidenceArchives: archives.map((row) => ({
      evidenceId: row.evidenceId,
      url: row.url,
      state: row.state as BackupContent['evidenceArchives'][number]['state'],
      errorCode: row.errorCode,
      error: row.error,
      snapshotId: row.snapshotId,
      archivedAt: isoOrNull(row.archivedAt),
      passageState: row.passageState as BackupContent['evidenceArchives'][number]['passageState'],
      passageStart: row.passageStart,
      passageEnd: row.passageEnd,
      passagePrefix: row.passagePrefix,
      passageSuffix: row.passageSuffix,
      checkState: row.checkState as BackupContent['evidenceArchives'][number]['checkState'],
      checkDetail: row.checkDetail,
      checkedAt: isoOrNull(row.checkedAt),
      waybackState: row.waybackState as BackupContent['evidenceArchives'][number]['waybackState'],
      waybackUrl: row.waybackUrl,
      waybackError: row.waybackError,
      waybackAt: isoOrNull(row.waybackAt),
    })),
  };
}

/** Writes the archive's snapshots and archive rows into the workspace, in the restore's transaction. */
export async function writeEvidenceArchiveContent(tx: Tx, workspaceId: string, content: ArchiveContent): Promise<void> {
  await tx.evidenceSnapshot.createMany({
    data: content.evidenceSnapshots.map(({ rawBody, blocks, fetchedAt, createdAt, screenshot, ...row }) => ({
      ...row,
      workspaceId,
      rawBody: new Uint8Array(Buffer.from(rawBody, 'base64')),
      screenshot: screenshot === null ? null : new Uint8Array(Buffer.from(screenshot, 'base64')),
      blocks: blocks as Prisma.InputJsonValue,
      fetchedAt: new Date(fetchedAt),
      createdAt: new Date(createdAt),
    })),
  });
  await tx.evidenceArchive.createMany({
    data: content.evidenceArchives.map(({ archivedAt, checkedAt, waybackAt, ...row }) => ({
      ...row,
      workspaceId,
      archivedAt: dateOrNull(archivedAt),
      checkedAt: dateOrNull(checkedAt),
      waybackAt: dateOrNull(waybackAt),
    })),
  });
}
