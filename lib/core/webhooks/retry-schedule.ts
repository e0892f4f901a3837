// When a delivery that did not get a 2xx is tried again: delays after the first attempt, then
// after each retry. The default spreads seven attempts over about 17.6 hours, so a receiver that
// is down for a night still gets the message; after the last the delivery is `failed` and an
// admin may send it again. FACTDESK_WEBHOOK_RETRY_SCHEDULE replaces it (tests use short ones).

export const DEFAULT_RETRY_SCHEDULE_SECONDS: readonly number[] = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600];

/** Seconds to wait before the next attempt, after `attemptsMade` automatic attempts; null: no more. */
export function nextRetryDelay(schedule: readonly number[], attemptsMade: number): number | null {
  if (attemptsMade < 1) return 0;
  return schedule[attemptsMade - 1] ?? null;
}

/** "5,300,1800" → [5, 300, 1800]; throws a readable error for anything else. */
export function parseRetrySchedule(value: string | undefined): readonly number[] {
  if (value === undefined || value.trim() === '') return DEFAULT_RETRY_SCHEDULE_SECONDS;
  const delays = value.split(',').map((part) => Number(part.trim()));
  if (delays.length > 20 || delays.some((delay) => !Number.isInteger(delay) || delay < 1 || delay > 7 * 24 * 3600)) {
    throw new Error('FACTDESK_WEBHOOK_RETRY_SCHEDULE: give up to 20 comma-separated whole seconds, each 1 to 604800, e.g. 5,300,1800');
  }
  return delays;
}

/** A 2xx answer delivers the message; anything else (3xx included: redirects are not followed) is retried. */
export function isDelivered(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}
