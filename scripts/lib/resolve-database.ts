// Which PostgreSQL to use, in order: DATABASE_URL when set; for tests, the machine's own server on
// 127.0.0.1:5432 when it answers (CI and developer machines have one); otherwise the embedded
// cluster in .data/postgres, so `npm install && npm start` works on a machine with no database.
import pg from 'pg';

export type DatabasePurpose = 'app' | 'test';
export type ResolvedDatabase = {
  url: string;
  /** Set when we started a server that must be stopped when the caller is done. */
  stop?: () => Promise<void>;
  source: 'env' | 'local' | 'embedded';
};

const LOCAL_SERVER = 'postgresql://postgres@127.0.0.1:5432';
const DATABASE_NAMES: Record<DatabasePurpose, string> = { app: 'factdesk', test: 'factdesk_test' };

export async function resolveDatabaseUrl({ purpose }: { purpose: DatabasePurpose }): Promise<ResolvedDatabase> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, source: 'env' };

  const name = DATABASE_NAMES[purpose];
  if (purpose === 'test' && (await accepts(`${LOCAL_SERVER}/postgres`))) {
    return { url: `${LOCAL_SERVER}/${name}`, source: 'local' };
  }

  // The app never silently borrows a local server: its data would end up in someone else's
  // PostgreSQL without them asking. Set DATABASE_URL for that.
  const { startEmbeddedPostgres } = await import('../db/embedded');
  const server = await startEmbeddedPostgres();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: server.stop, source: 'embedded' };
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
