import { gzipSync } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupArchive, type BackupContent } from '@/lib/validations/backup';
import { contentChecksum, countRows } from './archive-checksum';

export const BACKUP_FILE_SUFFIX = '.factdesk-backup.json.gz';

/** The envelope around a workspace's content: format, versions, when, counts and checksum. */
export function buildArchive(content: BackupContent, meta: { appVersion: string; createdAt: Date }): BackupArchive {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt.toISOString(),
    manifest: { counts: countRows(content), sha256: contentChecksum(content) },
    content,
  };
}

export function encodeArchive(archive: BackupArchive): Buffer {
  return gzipSync(JSON.stringify(archive));
}

/** A file name like `my-newsroom-2026-11-25.factdesk-backup.json.gz`, safe in a header. */
export function backupFileName(workspaceName: string, createdAt: Date): string {
  const base =
    workspaceName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'workspace';
  return `${base}-${createdAt.toISOString().slice(0, 10)}${BACKUP_FILE_SUFFIX}`;
}
