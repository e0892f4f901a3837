import 'server-only';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { JOB_SCHEMA, jobNames } from '@/lib/server/jobs/job-names';

// What a load balancer asks before it sends an instance traffic: can it reach its database, is
// that database at the schema this build expects (migrations applied, none failed), and are the
// job queues installed. Each check answers in words; nothing about the data itself.

export type Readiness = {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: 'ok' | 'pending' | 'failed' | 'unknown';
  jobs: 'ok' | 'not_installed' | 'unknown';
};

/** Runs one query on the database under test; the route passes the app's own pool. */
export type ReadinessQuery = (sql: string) => Promise<Record<string, unknown>[]>;

export const defaultMigrationsDir = path.join(process.cwd(), 'prisma/migrations');
const CHECK_TIMEOUT_MS = 3_000;

async function migrationFolders(dir: string): Promise<string[] | null> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
  } catch {
    return null; // a deployment without the folder: the database check still counts
  }
}

async function migrationState(query: ReadinessQuery, dir: string): Promise<Readiness['migrations']> {
  const local = await migrationFolders(dir);
  const rows = await query(
    `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back
       FROM "_prisma_migrations"`,
  ).catch((error: unknown) => {
    // 42P01: no bookkeeping table at all, an empty database.
    if ((error as { code?: string; message?: string }).message?.includes('_prisma_migrations')) return null;
    throw error;
  });
  if (rows === null) return 'pending';
  if (rows.some((r) => !r.finished && !r.rolled_back)) return 'failed';
  if (!local) return 'unknown';
  const applied = new Set(rows.filter((r) => r.finished && !r.rolled_back).map((r) => String(r.migration_name)));
  return local.every((name) => applied.has(name)) ? 'ok' : 'pending';
}

async function jobState(query: ReadinessQuery): Promise<Readiness['jobs']> {
  const [installed] = await query(`SELECT to_regclass('${JOB_SCHEMA}.queue') IS NOT NULL AS installed`);
  if (!installed?.installed) return 'not_installed';
  const queues = new Set((await query(`SELECT name FROM ${JOB_SCHEMA}.queue`)).map((r) => String(r.name)));
  return jobNames.every((name) => queues.has(name)) ? 'ok' : 'not_installed';
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('readiness check timed out')), CHECK_TIMEOUT_MS).unref()),
  ]);
}

export async function checkReadiness(query: ReadinessQuery, migrationsDir = defaultMigrationsDir): Promise<Readiness> {
  try {
    const [migrations, jobs] = await withTimeout(Promise.all([migrationState(query, migrationsDir), jobState(query)]));
    return { ready: migrations !== 'pending' && migrations !== 'failed' && jobs === 'ok', database: 'ok', migrations, jobs };
  } catch {
    return { ready: false, database: 'unreachable', migrations: 'unknown', jobs: 'unknown' };
  }
}
