import { describe, expect, it } from 'vitest';
import { digestCutoff } from './digest-day';

describe('digestCutoff', () => {
  it('is nothing before the digest hour, then today at that hour (UTC)', () => {
    expect(digestCutoff(new Date('2026-12-04T06:59:59Z'), 7)).toBeNull();
    expect(digestCutoff(new Date('2026-12-04T07:00:00Z'), 7)).toEqual({ cutoff: new Date('2026-12-04T07:00:00Z'), day: '2026-12-04' });
    expect(digestCutoff(new Date('2026-12-04T23:30:00Z'), 7)?.day).toBe('2026-12-04');
  });

  it('at hour 0 is due all day, from midnight UTC', () => {
    expect(digestCutoff(new Date('2026-12-31T00:00:00Z'), 0)).toEqual({ cutoff: new Date('2026-12-31T00:00:00Z'), day: '2026-12-31' });
  });
});
