// Direct access to the test database (npm test sets DATABASE_URL), for what the API rightly never
// shows (hashes, the clock) or cannot do (remove an account).
import pg from 'pg';

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
