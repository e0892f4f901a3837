import 'server-only';
import { db } from '@/lib/server/db/client';

// Failed sign-ins are counted per account as well as per address: rate limits keyed on the
// client address alone are bypassed by rotating X-Forwarded-For. After FREE_FAILURES wrong
// passwords each further attempt waits twice as long, up to MAX_DELAY_MS, even with the right
// password, so guessing stays slow.
const FREE_FAILURES = 5;
const BASE_DELAY_MS = 15_000;
const MAX_DELAY_MS = 15 * 60_000;
// Failures older than this are forgotten.
const WINDOW_MS = 60 * 60_000;

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

export function lockoutDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/** Milliseconds this account must still wait before another attempt (0 when it may try). */
export async function signInWaitMs(email: string, now = new Date()): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { email: normalise(email) } });
  if (!row) return 0;
  const since = now.getTime() - row.lastFailure.getTime();
  if (since > WINDOW_MS) return 0;
  return Math.max(0, lockoutDelayMs(row.failures) - since);
}

export async function recordSignInFailure(email: string): Promise<void> {
  const key = normalise(email);
  const now = new Date();
  const row = await db.signInThrottle.findUnique({ where: { email: key } });
  const stale = !row || now.getTime() - row.lastFailure.getTime() > WINDOW_MS;
  await db.signInThrottle.upsert({
    where: { email: key },
    create: { email: key, failures: 1, lastFailure: now },
    update: { failures: stale ? 1 : { increment: 1 }, lastFailure: now },
  });
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { email: normalise(email) } });
}
