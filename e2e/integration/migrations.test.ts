// The committed migrations, the schema and our migration runner agree, against the real
// PostgreSQL named by DATABASE_URL. Every database used here is a scratch one, dropped at the end.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, defaultMigrationsDir, ensureDatabase } from '../../scripts/db/migrate';
import { diffDatabaseToSchema, diffMigrationsToSchema } from '../../scripts/db/schema-engine';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('DATABASE_URL must name a PostgreSQL server for the integration tests.');

const committed = readdirSync(defaultMigrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const scratchNames: string[] = [];
const tempDirs: string[] = [];
const quiet = () => undefined;

async function scratchDatabase(): Promise<string> {
  const name = `factdesk_scratch_${randomBytes(6).toString('hex')}`;
  scratchNames.push(name);
  const url = new URL(serverUrl!);
  url.pathname = `/${name}`;
  expect(await ensureDatabase(url.toString())).toBe(true);
  return url.toString();
}

/** A copy of the committed migrations plus extra ones, each given as [folder, sql]. */
function migrationsWith(...extra: [string, string][]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdesk-migrations-'));
  tempDirs.push(dir);
  cpSync(defaultMigrationsDir, dir, { recursive: true });
  for (const [folder, sql] of extra) {
    mkdirSync(path.join(dir, folder));
    writeFileSync(path.join(dir, folder, 'migration.sql'), sql);
  }
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  for (const name of scratchNames) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('committed migrations', () => {
  let url: string;
  beforeAll(async () => {
    url = await scratchDatabase();
  });

  it('apply to an empty database and leave no drift from schema.prisma', async () => {
    const { applied } = await applyMigrations(url);
    expect(applied).toEqual(committed);
    expect(await diffDatabaseToSchema(url)).toBe('');
  });

  it('record each migration the way prisma migrate deploy does', async () => {
    const rows = await query<{ migration_name: string; checksum: string; done: boolean; applied_steps_count: number }>(
      url,
      'SELECT migration_name, checksum, finished_at IS NOT NULL AND rolled_back_at IS NULL AS done, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
    for (const row of rows) {
      expect(row).toMatchObject({ done: true, applied_steps_count: 1 });
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('are a no-op when applied again', async () => {
    expect(await applyMigrations(url)).toEqual({ applied: [] });
    const [{ count }] = (await query<{ count: string }>(url, 'SELECT count(*) FROM "_prisma_migrations"')) as [{ count: string }];
    expect(Number(count)).toBe(committed.length);
  });

  it('need no new migration: the history already produces schema.prisma', async () => {
    expect(await diffMigrationsToSchema(url)).toBe('');
  });
});

describe('a failing migration', () => {
  it('leaves nothing half-applied and blocks later runs until resolved', async () => {
    const url = await scratchDatabase();
    const dir = migrationsWith(
      ['99990101000000_broken', 'CREATE TABLE "half_applied" (id int);\nSELECT 1 / 0;\n'],
      ['99990102000000_after', 'CREATE TABLE "after_broken" (id int);\n'],
    );

    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/99990101000000_broken.*division by zero/);
    const tables = await query<{ name: string }>(url, "SELECT to_regclass('half_applied')::text AS name");
    expect(tables[0]?.name).toBeNull();
    const [failed] = await query<{ finished_at: Date | null; logs: string }>(
      url,
      `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
    );
    expect(failed?.finished_at).toBeNull();
    expect(failed?.logs).toMatch(/division by zero/);

    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/P3009.*99990101000000_broken/);
    expect((await query(url, "SELECT to_regclass('after_broken') AS t"))[0]).toEqual({ t: null });
  });
});

describe('an interrupted migration', () => {
  it('stays pending instead of blocking the next start', async () => {
    const url = await scratchDatabase();
    const folder = '99990101000000_interrupted';
    // The server ends our own session half-way, as a killed process or a restart would.
    const dir = migrationsWith([folder, 'CREATE TABLE "half_applied" (id int);\nSELECT pg_terminate_backend(pg_backend_pid());\n']);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow();
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '${folder}'`)).toEqual([]);

    writeFileSync(path.join(dir, folder, 'migration.sql'), 'CREATE TABLE "half_applied" (id int);\n');
    expect((await applyMigrations(url, { migrationsDir: dir })).applied).toEqual([folder]);
  });
});

describe('the runner and the schema engine', () => {
  it('let two processes start at once without applying anything twice', async () => {
    const url = await scratchDatabase();
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(committed);
  });

  it('replay a migration with a function body and comments containing semicolons', async () => {
    const url = await scratchDatabase();
    const dir = migrationsWith([
      '99990101000000_function',
      `-- a comment; with a semicolon\nCREATE FUNCTION factdesk_touch() RETURNS trigger AS $$\nBEGIN\n  NEW."updatedAt" := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n`,
    ]);
    const shadowsSql = "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'";
    const before = new Set((await query<{ datname: string }>(url, shadowsSql)).map((r) => r.datname));
    // The diff replays the history in a shadow database: a split script would fail there.
    expect(await diffMigrationsToSchema(url, { migrationsDir: dir })).toBe('');
    expect((await applyMigrations(url, { migrationsDir: dir, warn: quiet })).applied).toContain('99990101000000_function');
    const left = (await query<{ datname: string }>(url, shadowsSql)).filter((r) => !before.has(r.datname));
    expect(left).toEqual([]);
  });
});
