import { AppError, DATABASE_UNAVAILABLE_DIGEST } from '@/lib/errors';

// Failures that say nothing about the request and everything about the database's state at that
// moment: unreachable, restarting, out of connections, too slow. The client should try again,
// so they answer 503 with Retry-After, never 500. A row locked by someone else past
// lock_timeout, or a deadlock, is a conflict with another writer: 409, like Prisma's P2034.
// See docs/decisions/023-database-timeouts-health-and-deployment.md.

export const RETRY_AFTER_SECONDS = 5;

// Prisma's codes for the connection itself (P1001 unreachable, P1002/P1008 timed out, P1017
// closed by the server, P2024 pool timeout, P2037 too many connections) and P2028, a transaction
// that could not start or finish in its time (maxWait, timeout): seen when PostgreSQL is frozen
// (the reliability suite's SIGSTOP), where it was answered 500.
const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2037']);
// SQLSTATEs: 08 connection exception, 53 insufficient resources (53300 too many connections),
// 57P01-57P03 shut down or starting, 57014 statement timeout (or a cancelled query).
const SQLSTATE_UNAVAILABLE = /^(08|53|57P0[123]$|57014$)/;
const SQLSTATE_CONFLICT = new Set(['55P03', '40P01']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH']);
// The driver adapter's own names for them (a raw query reports these under P2010).
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// pg and pg-pool raise these as plain Errors without a code.
const DRIVER_MESSAGES = /timeout exceeded when trying to connect|Connection terminated|Query read timeout|Client has encountered a connection error/;

type Inspectable = {
  code?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
};

/** The SQLSTATE, Prisma code, adapter kind or socket code of an error and of those it wraps. */
function codesOf(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 4) return [];
  const e = error as Inspectable;
  const adapter = e.meta?.driverAdapterError?.cause;
  const own = [e.code, adapter?.originalCode, adapter?.kind].filter((c): c is string => typeof c === 'string');
  return [...own, ...codesOf(e.cause, depth + 1)];
}

export type DatabaseTrouble = 'unavailable' | 'busy_row';

export function databaseTrouble(error: unknown): DatabaseTrouble | null {
  const codes = codesOf(error);
  if (codes.some((c) => SQLSTATE_CONFLICT.has(c))) return 'busy_row';
  const unavailable = (c: string) => PRISMA_UNAVAILABLE.has(c) || ADAPTER_KINDS.has(c) || SOCKET_CODES.has(c) || (c.length === 5 && SQLSTATE_UNAVAILABLE.test(c));
  if (codes.some(unavailable)) {
    return 'unavailable';
  }
  if (error instanceof Error && DRIVER_MESSAGES.test(error.message)) return 'unavailable';
  return null;
}

/**
 * Rethrows a database outage marked for the error page (DATABASE_UNAVAILABLE_DIGEST); any
 * other error unchanged.
 */
export function markDatabaseTrouble(error: unknown): never {
  if (error instanceof Error && databaseTrouble(error) === 'unavailable') {
    Object.assign(error, { digest: DATABASE_UNAVAILABLE_DIGEST });
  }
  throw error;
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'Factdesk can’t reach its database right now. Try again in a moment.';

/** The AppError for a database in trouble, or null for any other error. */
export function appErrorFromDatabaseTrouble(error: unknown): AppError | null {
  const trouble = databaseTrouble(error);
  if (trouble === 'busy_row') {
    return new AppError('conflict', 'Someone else is changing this right now; try again in a moment.');
  }
  if (trouble === 'unavailable') {
    console.warn(`Factdesk: the database is unavailable (${codesOf(error)[0] ?? (error instanceof Error ? error.message : 'unknown')}); answered 503.`);
    return new AppError('unavailable', DATABASE_UNAVAILABLE_MESSAGE, { details: { retryAfterSeconds: RETRY_AFTER_SECONDS } });
  }
  return null;
}
