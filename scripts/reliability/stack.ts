// The deployment under test: a PostgreSQL cluster of its own, `npm run migrate` once, two app
// instances (`npm run serve` of one build) and nginx round-robin in front, configured the way
// docs/deployment.md says.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../lib/next-server';
import { createInstance, ensureBuild, type Instance } from './app-instances';
import { startProxy, type Proxy } from './nginx-proxy';
import { startCluster, type Cluster } from './postgres-cluster';
import { freePort, giveTo, run, serviceAccount } from './processes';

export type Stack = { cluster: Cluster; a: Instance; b: Instance; proxy: Proxy; env: NodeJS.ProcessEnv; stop(): Promise<void> };

export async function startStack(): Promise<Stack> {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdesk-reliability-'));
  const account = serviceAccount();
  giveTo(account, dir);
  const cleanups: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const cluster = await startCluster(dir, account);
    cleanups.push(() => cluster.stop());
    const [proxyPort, portA, portB] = [await freePort(), await freePort(), await freePort()];
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    // docs/deployment.md, "Environment": the same on every host.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: cluster.url,
      BETTER_AUTH_SECRET: randomBytes(32).toString('base64url'),
      FACTDESK_URL: proxyUrl,
      BETTER_AUTH_URL: proxyUrl,
      FACTDESK_TRUSTED_PROXY_HOPS: '1',
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      FACTDESK_SHUTDOWN_TIMEOUT_SECONDS: '10',
      NEXT_TELEMETRY_DISABLED: '1',
      FACTDESK_DEMO: 'off',
    };
    await ensureBuild(env);
    await run(process.execPath, ['--import', 'tsx', '--conditions=react-server', path.join(root, 'scripts/db/migrate-cli.ts')], undefined, env);
    const a = createInstance('A', portA, env);
    const b = createInstance('B', portB, env);
    cleanups.push(async () => void (await Promise.all([a.kill(), b.kill()])));
    await Promise.all([a.start(), b.start()]);
    const proxy = await startProxy(dir, account, proxyPort, [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`]);
    cleanups.push(() => proxy.stop());
    return { cluster, a, b, proxy, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
