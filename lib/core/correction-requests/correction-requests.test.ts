import { describe, expect, it } from 'vitest';
import { daysBetween, flagReasonFor, isOpen, median } from './correction-requests';

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
  it('flags a claim found elsewhere (moved), found approximately (changed) or lost (orphaned)', () => {
    expect(flagReasonFor({ anchorState: 'anchored', anchorMethod: 'quote', onNewVersion: true })).toBe('moved');
    expect(flagReasonFor({ anchorState: 'anchored', anchorMethod: 'fuzzy', onNewVersion: true })).toBe('changed');
    expect(flagReasonFor({ anchorState: 'orphaned', anchorMethod: 'orphaned', onNewVersion: false })).toBe('orphaned');
  });

  it('leaves a claim whose words stayed where they were', () => {
    expect(flagReasonFor({ anchorState: 'anchored', anchorMethod: 'position', onNewVersion: true })).toBeNull();
    expect(flagReasonFor({ anchorState: 'anchored', anchorMethod: 'quote', onNewVersion: false })).toBeNull();
  });

  it('counts only a pending request as open', () => {
    expect(isOpen('pending')).toBe(true);
    expect(isOpen('no_answer')).toBe(false);
  });
});
