// When the daily digest goes out: after a fixed hour, UTC, once per UTC day. The day names the
// digest's row (notification_digest), which is what makes it once a day across instances.

/** Today's digest time and the day it belongs to (YYYY-MM-DD, UTC); null before that hour. */
export function digestCutoff(now: Date, hourUtc: number): { cutoff: Date; day: string } | null {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  return now >= cutoff ? { cutoff, day: cutoff.toISOString().slice(0, 10) } : null;
}
