// `npm start` (and `npm run dev`, which passes --dev): everything a first run needs, in order.
// Database (DATABASE_URL or the embedded cluster), migrations, job queues and demo data, then
// Next.js. A deployment of several instances runs the same steps separately instead:
// `npm run build` once, `npm run migrate` once, `npm run serve` on each host (docs/deployment.md).
//   --dev      run `next dev` instead of build + start
//   --rebuild  build even when .next looks up to date
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { firstFreePort } from './lib/ports';
import { prepareDatabase } from './db/prepare-database';
import { resolveDatabaseUrl } from './lib/resolve-database';
import { demoWanted, seedDemoIfEmpty, type DemoCredentials } from './lib/demo-seed';
import { childRunning, forwardSignals, requireFreePort, root, runNext } from './lib/next-server';

const dev = process.argv.includes('--dev');
const rebuild = process.argv.includes('--rebuild');

// A PORT asked for is the port served, or nothing (a load balancer points at it); without one,
// the first free port from 3000 is fine for a local run.
const port = process.env.PORT ? Number(process.env.PORT) : await firstFreePort(3000);
if (process.env.PORT) await requireFreePort(port);

const db = await resolveDatabaseUrl({ purpose: 'app' });

async function finish(code: number): Promise<never> {
  await db.stop?.().catch((error) => console.error('Could not stop the embedded PostgreSQL:', error));
  process.exit(code);
}
forwardSignals((code) => void finish(code));

// Filled by the seed, which runs inside prepareDatabase.
const seeded: { demo: DemoCredentials | null } = { demo: null };
try {
  if (db.source === 'embedded') console.log(`Using the embedded PostgreSQL in .data/postgres (set DATABASE_URL to use another).`);
  // The demo is seeded under the migration lock: two instances starting on an empty database
  // would otherwise both find it empty and both create the demo user.
  const seed = demoWanted(db.source) ? async () => void (seeded.demo = await seedDemoIfEmpty(db.url)) : undefined;
  await prepareDatabase(db.url, { seed });
  if (seeded.demo) console.log(`Demo data created. Sign in as ${seeded.demo.email} / ${seeded.demo.password}`);
} catch (error) {
  console.error(`Could not prepare the database: ${error instanceof Error ? error.message : error}`);
  await finish(1);
}

const url = `http://localhost:${port}`;
Object.assign(process.env, {
  DATABASE_URL: db.url,
  BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? url,
  FACTDESK_URL: process.env.FACTDESK_URL ?? url,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? readOrCreateSecret(),
  NEXT_TELEMETRY_DISABLED: '1',
});

if (!dev) {
  if (rebuild || !buildIsFresh()) {
    console.log('Building Factdesk (next build)...');
    const code = await runNext(['build']);
    if (code !== 0) await finish(code);
  } else {
    console.log('Using the existing build in .next (pass --rebuild to build again).');
  }
}

const exitCode = runNext([dev ? 'dev' : 'start', '--port', String(port)]);
void waitForPort(port).then((ready) => {
  if (!ready) return;
  console.log(`\nFactdesk is running at ${url}`);
  if (seeded.demo) console.log(`Demo sign-in: ${seeded.demo.email} / ${seeded.demo.password}`);
});
await finish(await exitCode);

// Kept in .data/secret so sessions survive a restart; generated once per machine.
function readOrCreateSecret(): string {
  const file = path.join(root, '.data/secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

// Fresh when .next/BUILD_ID is newer than every file that goes into the build. Everything at the
// top level counts except what clearly does not, so a new source folder never yields a stale build.
function buildIsFresh(): boolean {
  const buildId = path.join(root, '.next/BUILD_ID');
  if (!existsSync(buildId)) return false;
  const ignored = new Set(['node_modules', '.next', '.data', '.git', '.ci', 'docs', 'e2e', 'scripts', 'tmp', 'test-results', 'playwright-report', 'blob-report']);
  const built = statSync(buildId).mtimeMs;
  const newer = (p: string): boolean => {
    const stat = statSync(p);
    // A folder's own time changes when a file in it is added or deleted.
    if (stat.mtimeMs > built || !stat.isDirectory()) return stat.mtimeMs > built;
    return readdirSync(p).some((name) => name !== 'node_modules' && newer(path.join(p, name)));
  };
  return !readdirSync(root).some((name) => !ignored.has(name) && !name.endsWith('.md') && newer(path.join(root, name)));
}

async function waitForPort(port: number, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && childRunning()) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host: 'localhost' });
      const done = (ok: boolean) => {
        socket.destroy();
        resolve(ok);
      };
      socket.once('connect', () => done(true));
      socket.once('error', () => done(false));
      socket.setTimeout(1_000, () => done(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}
