import type { PoolConfig } from 'pg';
import type { Env } from '@/lib/env';

// A session idle inside an open transaction holds its locks and its connection: end it well
// after any request could still be using it.
const IDLE_IN_TRANSACTION_MS = 60_000;

/**
 * The pg.Pool settings of the app's connections: a bounded pool, a bounded wait for a free
 * connection (pg-pool's connectionTimeoutMillis covers both the queue and the connect), and
 * server-side timeouts so that no request hangs on a locked row or a frozen database.
 * See docs/decisions/023-database-timeouts-health-and-deployment.md.
 */
export function poolConfig(env: Env): PoolConfig {
  return {
    connectionString: env.DATABASE_URL,
    max: env.FACTDESK_DB_POOL_SIZE,
    connectionTimeoutMillis: env.FACTDESK_DB_ACQUIRE_TIMEOUT_MS,
    statement_timeout: env.FACTDESK_DB_STATEMENT_TIMEOUT_MS,
    lock_timeout: env.FACTDESK_DB_LOCK_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
    // A socket that stops answering (a frozen server) is noticed by the statement timeout
    // only if the server is alive to enforce it: bound the client's wait as well.
    query_timeout: env.FACTDESK_DB_STATEMENT_TIMEOUT_MS + 5_000,
    application_name: 'factdesk',
  };
}
