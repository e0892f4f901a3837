import { describe, expect, it } from 'vitest';
import { daysBetween, flagReasonFor, isOpen, median, passageKept } from './correction-requests';

describe('a correction request’s age', () => {
  it('counts whole days and never goes negative', () => {
    const sent = new Date('2026-11-01T10:00:00Z');
    expect(daysBetween(sent, new Date('2026-11-01T23:59:00Z'))).toBe(0);
    expect(daysBetween(sent, new Date('2026-11-04T10:00:00Z'))).toBe(3);
    expect(daysBetween(sent, new Date('2026-10-30T10:00:00Z'))).toBe(0);
  });
});

describe('the median days to a response', () => {
  it('is null without responses, the middle value for an odd count, the mean of the middle two for an even one', () => {
    expect(median([])).toBeNull();
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 10, 3])).toBe(2.5);
  });
});

describe('flagging a request when the story changes', () => {
  const moved = { anchorState: 'anchored' as const, onNewVersion: true };
  it('flags a claim found only approximately (changed) or lost (orphaned)', () => {
    expect(flagReasonFor({ ...moved, anchorMethod: 'fuzzy', contextKept: false })).toBe('changed');
    expect(flagReasonFor({ anchorState: 'orphaned', anchorMethod: 'orphaned', onNewVersion: false, contextKept: false })).toBe('orphaned');
  });

  it('flags a claim whose words stayed but the text around them was rewritten (moved)', () => {
    expect(flagReasonFor({ ...moved, anchorMethod: 'quote', contextKept: false })).toBe('moved');
    expect(flagReasonFor({ ...moved, anchorMethod: 'position', contextKept: false })).toBe('moved');
  });

  it('leaves a claim that only shifted because the story changed elsewhere', () => {
    expect(flagReasonFor({ ...moved, anchorMethod: 'quote', contextKept: true })).toBeNull();
    expect(flagReasonFor({ ...moved, anchorMethod: 'position', contextKept: true })).toBeNull();
  });

  it('reads the claim’s words with their context in the previous text', () => {
    const before = 'Intro.\n\nThe mayor said jobs rose by 12 percent. The end.';
    expect(passageKept(before, { prefix: 'mayor said ', exact: 'jobs rose', suffix: ' by 12' })).toBe(true);
    expect(passageKept(before, { prefix: 'mayor said ', exact: 'jobs rose', suffix: ', he claimed,' })).toBe(false);
  });

  it('counts only a pending request as open', () => {
    expect(isOpen('pending')).toBe(true);
    expect(isOpen('no_answer')).toBe(false);
  });
});
