// Story: a load balancer asks each instance whether it is alive and whether it can serve. An
// instance whose database is out of reach says "not ready" and answers requests 503 with
// Retry-After (never 500), and tells a browser in words.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReadiness, type ReadinessQuery } from '@/lib/server/health/check-readiness';
import { prepareDatabase } from '../../scripts/db/prepare-database';
import { ensureDatabase } from '../../scripts/db/migrate';
import { createMember, send } from './support/api';
import { dropScratchDatabase, scratchDatabaseUrl } from './support/database';
import { startInstance, stopInstance, type Instance } from './support/app-process';

describe('the running app', () => {
  it('is live and ready', async () => {
    const live = await send('GET', '/api/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'live' });
    const ready = await send('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok', jobs: 'ok' } });
    expect(ready.headers.get('cache-control')).toBe('no-store');
  });
});

describe('readiness of a database', () => {
  const pools: pg.Pool[] = [];
  const scratch: string[] = [];
  const queryOn = (url: string): ReadinessQuery => {
    const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 1_000 });
    pool.on('error', () => undefined);
    pools.push(pool);
    return async (text) => (await pool.query(text)).rows;
  };

  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    for (const url of scratch) await dropScratchDatabase(url);
  });

  it('is not ready before its migrations and job queues, and ready after', async () => {
    const url = scratchDatabaseUrl('ready');
    scratch.push(url);
    await ensureDatabase(url);
    const query = queryOn(url);
    expect(await checkReadiness(query)).toEqual({ ready: false, database: 'ok', migrations: 'pending', jobs: 'not_installed' });
    await prepareDatabase(url, { log: () => undefined });
    expect(await checkReadiness(query)).toEqual({ ready: true, database: 'ok', migrations: 'ok', jobs: 'ok' });
  });

  it('is not ready when the database cannot be reached', async () => {
    expect(await checkReadiness(queryOn('postgresql://postgres@127.0.0.1:1/factdesk'))).toEqual({
      ready: false,
      database: 'unreachable',
      migrations: 'unknown',
      jobs: 'unknown',
    });
  });
});

describe('an instance whose database is out of reach', () => {
  let instance: Instance;

  beforeAll(async () => {
    instance = await startInstance({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/factdesk', FACTDESK_DB_ACQUIRE_TIMEOUT_MS: '1000' });
  });

  afterAll(async () => {
    await stopInstance(instance);
  });

  it('is live but not ready', async () => {
    expect((await fetch(`${instance.url}/api/health/live`)).status).toBe(200);
    const ready = await fetch(`${instance.url}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(await ready.json()).toEqual({ status: 'not_ready', checks: { database: 'unreachable', migrations: 'unknown', jobs: 'unknown' } });
  });

  it('answers API requests 503 with Retry-After, not 500', async () => {
    const { token } = await createMember('outage');
    const response = await fetch(`${instance.url}/api/v1/articles`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'unavailable', message: 'Factdesk can’t reach its database right now. Try again in a moment.' } });
  });

  it('answers a page opened in a browser 503 with Retry-After and words a member understands', async () => {
    const response = await fetch(`${instance.url}/articles`, { headers: { accept: 'text/html,application/xhtml+xml', 'sec-fetch-dest': 'document' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('Factdesk can’t reach its database');
    expect(html).toContain('Try again');
    expect(html).not.toContain('<script');
  });
});
