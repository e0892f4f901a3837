// Direct access to the test database (npm test sets DATABASE_URL), for what the API rightly never
// shows (hashes, the clock) or cannot do (remove an account).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { eventually } from './eventually';

/** Runs one statement against the test database. */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The URL of a new, empty database on the test server, named after `label`; dropScratchDatabase removes it. */
export function scratchDatabaseUrl(label: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/factdesk_${label}_${randomBytes(6).toString('hex')}`;
  return url.toString();
}

export async function dropScratchDatabase(url: string): Promise<void> {
  await sql(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
}

/** Resolves once some session of the test database waits for a lock another one holds. */
export async function someoneWaitsForALock(): Promise<void> {
  await eventually(
    () => sql<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`),
    ([row]) => row!.waiting > 0,
    'a session waiting for a lock',
  );
}
