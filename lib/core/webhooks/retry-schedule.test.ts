import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SCHEDULE_SECONDS, isDelivered, nextRetryDelay, parseRetrySchedule } from './retry-schedule';

describe('the retry schedule', () => {
  it('backs off from seconds to hours, over about a day, then stops', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempts) => nextRetryDelay(DEFAULT_RETRY_SCHEDULE_SECONDS, attempts));
    expect(delays).toEqual([5, 300, 1800, 7200, 18000, 36000, null]);
    const total = DEFAULT_RETRY_SCHEDULE_SECONDS.reduce((sum, delay) => sum + delay, 0);
    expect(total / 3600).toBeGreaterThan(12);
    expect(total / 3600).toBeLessThan(24);
    // Each wait is longer than the one before.
    expect(DEFAULT_RETRY_SCHEDULE_SECONDS.every((delay, i, all) => i === 0 || delay > all[i - 1]!)).toBe(true);
  });

  it('is configurable, and refuses what is not a list of whole seconds', () => {
    expect(parseRetrySchedule(undefined)).toBe(DEFAULT_RETRY_SCHEDULE_SECONDS);
    expect(parseRetrySchedule(' 1, 2 ,3')).toEqual([1, 2, 3]);
    for (const bad of ['1,,2', '0', '1.5', 'soon', '-3']) expect(() => parseRetrySchedule(bad)).toThrow(/FACTDESK_WEBHOOK_RETRY_SCHEDULE/);
  });

  it('counts only 2xx as delivered: a redirect or no answer is retried', () => {
    expect([200, 204, 299].map(isDelivered)).toEqual([true, true, true]);
    expect([null, 199, 302, 404, 500].map(isDelivered)).toEqual([false, false, false, false, false]);
  });
});
