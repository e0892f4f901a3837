// When a failing endpoint is turned off, and how long delivery logs are kept (decision 034,
// amendment 1). Pure: the delivery job applies them in SQL, in the transaction of each attempt.

/** Days of nothing but failed attempts after which an endpoint is turned off. */
export const FAILING_DAYS_BEFORE_DISABLE = 5;

/** Days a finished delivery (delivered or failed) and its attempts are kept. */
export const DELIVERIES_KEPT_DAYS = 30;

/** What the admin reads on an endpoint turned off automatically. */
export function autoDisableReason(lastError: string): string {
  return (
    `Turned off automatically: every delivery attempt failed for ${FAILING_DAYS_BEFORE_DISABLE} days ` +
    `(the last: ${lastError}). Fix the receiver, then turn the endpoint on again.`
  );
}

/** The last attempt's outcome in a few words: its HTTP status, else our error sentence. */
export function attemptOutcome(status: number | null, error: string | null): string {
  if (status !== null) return `HTTP ${status}`;
  return (error ?? 'no answer').replace(/\.$/, '');
}
