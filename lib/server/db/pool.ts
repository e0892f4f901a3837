import 'server-only';
import pg from 'pg';
import { getEnv } from '@/lib/env';
import { poolConfig } from './pool-config';

// One pool per server process. In development Next re-evaluates modules on every change, so
// the pool is parked on globalThis to avoid opening a new one each time.
const globalForPool = globalThis as unknown as { factdeskPool?: pg.Pool };

/**
 * The process's one pool of connections, beneath Prisma (client.ts). Also used directly by the
 * few statements Prisma cannot prepare: a named prepared statement is parsed and planned once per
 * connection instead of on every call (the public pages, decision 032), and by the proxy's check
 * that the database answers before a page is rendered (lib/server/health/database-reachable.ts).
 */
export function sqlPool(): pg.Pool {
  globalForPool.factdeskPool ??= new pg.Pool(poolConfig(getEnv()));
  return globalForPool.factdeskPool;
}
