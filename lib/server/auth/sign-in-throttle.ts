import 'server-only';
import { db } from '@/lib/server/db/client';

// Guessing passwords is limited at two levels (decision 018, after OWASP's authentication cheat
// sheet: lock out the client, not the account):
// - per (client address, account): CLIENT_LIMIT attempts a window. Past it, that client waits for
//   the window to end; the owner, signing in from anywhere else, is not affected.
// - per account: ACCOUNT_LIMIT attempts a window from clients the owner has not signed in from
//   recently. It bounds a guesser who rotates addresses; a client that signed in to the account
//   within KNOWN_CLIENT_DAYS is exempt, so the owner's own client still gets in.
// An attempt is counted, and allowed or refused, in the same statement, before the password is
// checked: concurrent attempts cannot all read a stale count. A success clears the client's count.
export const CLIENT_LIMIT = 5;
export const ACCOUNT_LIMIT = 20;
const WINDOW_SECONDS = 15 * 60;
const KNOWN_CLIENT_DAYS = 30;

export type SignInDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'client' | 'account' };

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

// The address leads and has no '|', so no (address, email) pair can spell another's key.
function clientKey(email: string, address: string | null): string {
  return `client|${address ?? 'unknown'}|${normalise(email)}`;
}

function accountKey(email: string): string {
  return `account|${normalise(email)}`;
}

type Row = { client_attempts: number; client_wait: number; account_attempts: number | null; account_wait: number | null };

/** Counts this attempt and says whether its password may be checked. */
export async function reserveSignInAttempt(email: string, address: string | null): Promise<SignInDecision> {
  // The client's row is counted first; the account's only when the client is within its limit
  // and not one the owner signed in from. Each upsert locks its row, so concurrent attempts
  // queue on it and each sees the count the one before it left.
  const rows = await db.$queryRaw<Row[]>`
    WITH client AS (
      INSERT INTO sign_in_throttle AS t (key, attempts, "windowStartedAt")
      VALUES (${clientKey(email, address)}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        attempts = CASE WHEN t."windowStartedAt" <= now() - ${WINDOW_SECONDS}::int * interval '1 second' THEN 1 ELSE t.attempts + 1 END,
        "windowStartedAt" = CASE WHEN t."windowStartedAt" <= now() - ${WINDOW_SECONDS}::int * interval '1 second' THEN now() ELSE t."windowStartedAt" END
      RETURNING attempts, "windowStartedAt", "lastSuccessAt"
    ), account AS (
      INSERT INTO sign_in_throttle AS t (key, attempts, "windowStartedAt")
      SELECT ${accountKey(email)}, 1, now() FROM client
      WHERE client.attempts <= ${CLIENT_LIMIT}::int
        AND (client."lastSuccessAt" IS NULL OR client."lastSuccessAt" <= now() - ${KNOWN_CLIENT_DAYS}::int * interval '1 day')
      ON CONFLICT (key) DO UPDATE SET
        attempts = CASE WHEN t."windowStartedAt" <= now() - ${WINDOW_SECONDS}::int * interval '1 second' THEN 1 ELSE t.attempts + 1 END,
        "windowStartedAt" = CASE WHEN t."windowStartedAt" <= now() - ${WINDOW_SECONDS}::int * interval '1 second' THEN now() ELSE t."windowStartedAt" END
      RETURNING attempts, "windowStartedAt"
    )
    SELECT c.attempts AS client_attempts,
           ceil(extract(epoch FROM c."windowStartedAt" + ${WINDOW_SECONDS}::int * interval '1 second' - now()))::int AS client_wait,
           a.attempts AS account_attempts,
           ceil(extract(epoch FROM a."windowStartedAt" + ${WINDOW_SECONDS}::int * interval '1 second' - now()))::int AS account_wait
    FROM client c LEFT JOIN account a ON true`;
  const row = rows[0];
  if (!row) throw new Error('The sign-in throttle returned no row.');
  if (row.client_attempts > CLIENT_LIMIT) {
    return { allowed: false, retryAfterSeconds: Math.max(1, row.client_wait), reason: 'client' };
  }
  if (row.account_attempts !== null && row.account_attempts > ACCOUNT_LIMIT) {
    return { allowed: false, retryAfterSeconds: Math.max(1, row.account_wait ?? 1), reason: 'account' };
  }
  return { allowed: true };
}

/** The owner got in from this client: its count starts again, and it is known from now on. */
export async function recordSignInSuccess(email: string, address: string | null): Promise<void> {
  const key = clientKey(email, address);
  // Without an address every client is one: none of them may become known.
  const known = address !== null;
  await db.$executeRaw`
    INSERT INTO sign_in_throttle AS t (key, attempts, "windowStartedAt", "lastSuccessAt")
    VALUES (${key}, 0, now(), CASE WHEN ${known}::boolean THEN now() END)
    ON CONFLICT (key) DO UPDATE SET attempts = 0, "windowStartedAt" = now(),
      "lastSuccessAt" = CASE WHEN ${known}::boolean THEN now() ELSE t."lastSuccessAt" END`;
}
