import 'server-only';
import { db } from '@/lib/server/db/client';

/**
 * Counts one more event under `key` in a fixed window and returns the count, this one included:
 * one statement, so concurrent callers each get their own number. Shares sign_in_throttle's rows
 * (keys are prefixed by their use).
 */
export async function countInWindow(key: string, windowSeconds: number): Promise<number> {
  const rows = await db.$queryRaw<{ attempts: number }[]>`
    INSERT INTO sign_in_throttle AS t (key, attempts, "windowStartedAt")
    VALUES (${key}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      attempts = CASE WHEN t."windowStartedAt" <= now() - ${windowSeconds}::int * interval '1 second' THEN 1 ELSE t.attempts + 1 END,
      "windowStartedAt" = CASE WHEN t."windowStartedAt" <= now() - ${windowSeconds}::int * interval '1 second' THEN now() ELSE t."windowStartedAt" END
    RETURNING attempts`;
  return rows[0]?.attempts ?? 0;
}
