/**
 * Why an uploaded archive cannot be restored. `unreadable`: not gzip, not JSON, cut short (the
 * bytes themselves are broken: 400); `invalid`: readable but wrong (format, checksum, counts,
 * fields, references: 422). The server turns it into an AppError; the message names the problem.
 */
export class BackupArchiveError extends Error {
  readonly kind: 'unreadable' | 'invalid';
  readonly fields?: Record<string, string[]>;

  constructor(kind: 'unreadable' | 'invalid', message: string, fields?: Record<string, string[]>) {
    super(message);
    this.name = 'BackupArchiveError';
    this.kind = kind;
    this.fields = fields;
  }
}
