// Applies prisma/migrations over plain `pg`, with exactly the bookkeeping of `prisma migrate deploy`
// (same lock, same `_prisma_migrations` rows). Prisma's CLI needs a native engine it downloads on
// first use, which is impossible on an offline machine; writing the same rows means a user with the
// real CLI sees no difference. See docs/decisions/001-migrations-offline.md.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const defaultMigrationsDir = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

// Prisma's own advisory lock id: holding it keeps our runner and a stock `prisma migrate` apart.
const PRISMA_MIGRATE_LOCK = 72707369;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type ApplyMigrationsOptions = {
  migrationsDir?: string;
  /** Receives warnings (edited or unknown migrations). Defaults to console.warn. */
  warn?: (message: string) => void;
  /**
   * Runs after the migrations, still holding the migration lock: set-up that must happen once
   * however many instances start at the same moment (the job schema, the demo data).
   */
  whileLocked?: () => Promise<void>;
};

type MigrationFile = { name: string; script: string; checksum: string; checksums: Set<string> };

export async function applyMigrations(
  databaseUrl: string,
  { migrationsDir = defaultMigrationsDir, warn = console.warn, whileLocked }: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  // A lost connection also rejects the pending query; without a listener it would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  const applied: string[] = [];
  try {
    // Session-level lock, held for the whole run so two starting app instances never interleave.
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at');

    const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed.length > 0) {
      const names = failed.map((r) => r.migration_name).join(', ');
      throw new Error(
        `P3009: migrate found failed migrations in the target database, new migrations will not be applied. ` +
          `Failed: ${names}. Inspect the "logs" column of "_prisma_migrations", repair the database, then mark the ` +
          `migration rolled back (set rolled_back_at, or \`prisma migrate resolve --rolled-back <name>\`) and run again.`,
      );
    }

    const done = new Map<string, string>();
    for (const r of rows) if (r.finished_at !== null && r.rolled_back_at === null) done.set(r.migration_name, r.checksum);
    const local = new Set(migrations.map((m) => m.name));
    for (const name of done.keys()) {
      if (!local.has(name)) warn(`Migration ${name} is applied to the database but missing from ${migrationsDir}.`);
    }

    for (const migration of migrations) {
      const appliedChecksum = done.get(migration.name);
      if (appliedChecksum !== undefined) {
        // Prisma only warns about an edited migration that is already applied; so do we.
        if (!migration.checksums.has(appliedChecksum)) {
          warn(`Migration ${migration.name} was modified after it was applied.`);
        }
        continue;
      }
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    await whileLocked?.();
    return { applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

// The row, the script and finished_at commit together: a process killed half-way (Ctrl-C on a
// first start) leaves the migration simply pending, where Prisma would leave a failed row that
// blocks every later start. The rows that remain are exactly the ones Prisma writes.
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  const startedAt = new Date();
  await client.query('BEGIN');
  try {
    await client.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, $4, 0)',
      [id, migration.checksum, migration.name, startedAt],
    );
    // No parameters, so pg uses the simple query protocol and PostgreSQL takes the whole file at
    // once: `$$` bodies, literals and comments containing ";" reach the server untouched.
    await client.query(migration.script);
    await client.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1',
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    let message = describeError(migration.name, error);
    await client.query('ROLLBACK').catch(() => undefined);
    // Record the failure as Prisma does (no finished_at, message in logs), so the next run stops
    // with P3009 until someone has looked at it. ON CONFLICT: a hand-written script with its own
    // COMMIT may already have committed our row.
    await client
      .query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, logs, applied_steps_count)
         VALUES ($1, $2, $3, $4, $5, 0) ON CONFLICT (id) DO UPDATE SET logs = EXCLUDED.logs`,
        [id, migration.checksum, migration.name, startedAt, message],
      )
      .catch((e: Error) => (message += ` (the failure could not be recorded: ${e.message})`));
    throw new Error(message, { cause: error });
  }
}

function describeError(name: string, error: unknown): string {
  if (!(error instanceof Error)) return `Migration ${name} failed: ${String(error)}`;
  const db = error as Error & { code?: string; detail?: string; hint?: string; position?: string };
  const extra = [
    db.code && `code ${db.code}`,
    db.position && `at character ${db.position}`,
    db.detail && `detail: ${db.detail}`,
    db.hint && `hint: ${db.hint}`,
  ].filter(Boolean);
  return `Migration ${name} failed to apply: ${error.message}${extra.length ? ` (${extra.join('; ')})` : ''}`;
}

async function readMigrations(dir: string): Promise<MigrationFile[]> {
  if (!existsSync(dir)) throw new Error(`Migrations folder not found: ${dir}`);
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(path.join(dir, name, 'migration.sql'));
      const script = bytes.toString('utf8');
      // Prisma accepts a checksum of the file with either line ending (a Windows checkout).
      const lf = script.replace(/\r\n/g, '\n');
      const checksums = new Set([sha256(bytes), sha256(lf), sha256(lf.replace(/\n/g, '\r\n'))]);
      return { name, script, checksum: sha256(bytes), checksums };
    }),
  );
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Creates the URL's database if it does not exist yet. Connects to the database itself first, so a
 * user without access to the `postgres` maintenance database still works once it exists.
 * Returns true when it created the database.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: databaseUrl });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    // 3D000 invalid_catalog_name: the database does not exist. Anything else is a real problem.
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => undefined);
  }
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
    return true;
  } catch (error) {
    // 42P04 duplicate_database: another process created it in the meantime, which is fine.
    // 23505 on pg_database: the other CREATE DATABASE was still running when ours began.
    const code = (error as { code?: string }).code;
    if (code === '42P04' || code === '23505') return false;
    throw error;
  } finally {
    await admin.end();
  }
}
