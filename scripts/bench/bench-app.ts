// A production build of Factdesk on a scratch database, for the benchmarks that need the real
// server (API latency, Lighthouse). Started once, stopped (and the database dropped) at the end.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { firstFreePort } from '../lib/ports';
import { prepareDatabase } from '../db/prepare-database';
import { resolveDatabaseUrl } from '../lib/resolve-database';

const root = fileURLToPath(new URL('../..', import.meta.url));
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

export type BenchApp = { url: string; databaseUrl: string; stop: () => Promise<void> };

export async function waitForServer(url: string, deadline = Date.now() + 60_000): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(url).then((r) => r.status < 500, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer at ${url}`);
}

export async function startBenchApp({ rebuild = false } = {}): Promise<BenchApp> {
  const server = await resolveDatabaseUrl({ purpose: 'test' });
  const databaseUrl = new URL(server.url);
  databaseUrl.pathname = `/factdesk_bench_${process.pid}`;
  // Migrations and the job queues, as a deployment's `npm run migrate` prepares them.
  await prepareDatabase(databaseUrl.toString(), { log: () => undefined });

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (rebuild || !existsSync(path.join(root, '.next/BUILD_ID'))) {
    console.log('Building the app (next build)…');
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const port = await firstFreePort(4100);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl.toString(),
      FACTDESK_URL: url,
      BETTER_AUTH_URL: url,
      BETTER_AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(`${url}/sign-in`);
  return {
    url,
    databaseUrl: databaseUrl.toString(),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      const admin = new pg.Client({ connectionString: new URL('/postgres', server.url).toString() });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${databaseUrl.pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
      await server.stop?.();
    },
  };
}
