import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import {
  backupContentSchema,
  backupEnvelopeSchema,
  backupTables,
  BACKUP_FORMAT,
  type BackupArchive,
} from '@/lib/validations/backup';
import { BackupArchiveError } from './archive-error';
import { contentChecksum } from './archive-checksum';
import { checkReferences } from './check-references';

/** What a restore will unpack at most: a bomb of zeros must not take the server's memory. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

function unpack(bytes: Uint8Array): string {
  // gzip starts with 1f 8b; anything else is taken as the JSON itself.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES }).toString('utf8');
    } catch (error) {
      const tooBig = error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw new BackupArchiveError(
        'unreadable',
        tooBig
          ? `The archive unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB.`
          : 'The archive is not a complete gzip file (it may have been cut short while downloading).',
      );
    }
  }
  if (bytes.length > MAX_UNPACKED_BYTES) throw new BackupArchiveError('unreadable', 'The archive is too large.');
  return Buffer.from(bytes).toString('utf8');
}

function issuesOf(error: z.ZodError, prefix: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues.slice(0, 50)) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function firstProblem(fields: Record<string, string[]>): string {
  const [path, messages] = Object.entries(fields)[0] ?? ['', ['']];
  return `${path}: ${messages[0]}`;
}

/**
 * Reads and checks an uploaded archive completely, in memory, before anything is written:
 * bytes → JSON → envelope (format, version) → checksum and row counts (a partial or edited
 * archive stops here) → every field → every reference. Throws BackupArchiveError.
 */
export function readArchive(bytes: Uint8Array): BackupArchive {
  try {
    return checkArchive(bytes);
  } catch (error) {
    // JSON nested thousands deep parses, but hashing or checking it overflows the stack.
    if (error instanceof RangeError) throw new BackupArchiveError('invalid', 'The archive is nested too deeply to be a Factdesk backup.');
    throw error;
  }
}

function checkArchive(bytes: Uint8Array): BackupArchive {
  if (bytes.length === 0) throw new BackupArchiveError('unreadable', 'The archive is empty.');
  let data: unknown;
  try {
    data = JSON.parse(unpack(bytes));
  } catch (error) {
    if (error instanceof BackupArchiveError) throw error;
    throw new BackupArchiveError('unreadable', 'The archive is not valid JSON (it may be cut short or not a Factdesk backup).');
  }
  const envelope = backupEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const format = (data as { format?: unknown } | null)?.format;
    if (format !== BACKUP_FORMAT) throw new BackupArchiveError('invalid', 'This file is not a Factdesk workspace backup.');
    const fields = issuesOf(envelope.error, '');
    throw new BackupArchiveError('invalid', `The archive's header is not valid (${firstProblem(fields)}).`, fields);
  }
  const { manifest } = envelope.data;
  if (contentChecksum(envelope.data.content) !== manifest.sha256) {
    throw new BackupArchiveError('invalid', 'The archive does not match its checksum: it is partial or has been changed.');
  }
  const content = backupContentSchema.safeParse(envelope.data.content);
  if (!content.success) {
    const fields = issuesOf(content.error, 'content');
    throw new BackupArchiveError('invalid', `The archive has invalid data (${firstProblem(fields)}).`, fields);
  }
  for (const table of backupTables) {
    if (content.data[table].length !== manifest.counts[table]) {
      throw new BackupArchiveError(
        'invalid',
        `The archive is partial: ${table} has ${content.data[table].length} rows, the manifest says ${manifest.counts[table]}.`,
      );
    }
  }
  const problems = checkReferences(content.data);
  if (Object.keys(problems).length > 0) {
    const fields = Object.fromEntries(Object.entries(problems).slice(0, 50).map(([path, messages]) => [`content.${path}`, messages]));
    throw new BackupArchiveError('invalid', `The archive's references are broken (${firstProblem(fields)}).`, fields);
  }
  return { ...envelope.data, content: content.data };
}
