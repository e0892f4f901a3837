import { describe, expect, it } from 'vitest';
import { attemptOutcome, autoDisableReason } from './endpoint-health';

describe('a failing webhook endpoint', () => {
  it('tells the admin why it was turned off and what to do', () => {
    expect(autoDisableReason(attemptOutcome(500, null))).toBe(
      'Turned off automatically: every delivery attempt failed for 5 days (the last: HTTP 500). Fix the receiver, then turn the endpoint on again.',
    );
  });

  it('names an attempt without an answer by its error', () => {
    expect(attemptOutcome(null, 'The connection was refused.')).toBe('The connection was refused');
    expect(attemptOutcome(null, null)).toBe('no answer');
  });
});
