import { createHash } from 'node:crypto';
import { backupTables, type BackupContent, type BackupManifest } from '@/lib/validations/backup';

/**
 * SHA-256 of the content as JSON. The writer hashes the very string it writes; the reader hashes
 * JSON.stringify of what it parsed, which gives the same string back because JSON.parse keeps
 * key order and the writer wrote plain JSON. Any edit, truncation or lost row changes it.
 */
export function contentChecksum(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function countRows(content: BackupContent): BackupManifest['counts'] {
  return Object.fromEntries(backupTables.map((table) => [table, content[table].length])) as BackupManifest['counts'];
}
