import { describe, expect, test } from 'vitest';
import { correctionsByClaim, publicLinksByClaim } from './review-trail';
import { ratingScale } from './testing/report-builders';

const event = (claimId: string, at: string, fields: Partial<Parameters<typeof correctionsByClaim>[0][number]> = {}) => ({
  claimId,
  at: new Date(at),
  actorName: 'Jonas Weber',
  field: 'verdict',
  fromValue: 'mostly_true',
  toValue: 'true',
  reason: 'The transcript confirms it.',
  ...fields,
});

describe('the corrections of a report', () => {
  test('are grouped by claim in time order, a verdict shown by its label on the scale', () => {
    const byClaim = correctionsByClaim(
      [
        event('clm_a', '2026-12-02T09:00:00.000Z', { field: 'explanation', fromValue: 'Old.', toValue: 'New.', reason: 'Typo in the figure.' }),
        event('clm_a', '2026-12-01T08:00:00.000Z'),
        event('clm_b', '2026-12-03T10:00:00.000Z', { fromValue: 'false', toValue: 'retired_key', actorName: '' }),
      ],
      ratingScale,
    );
    expect(byClaim.get('clm_a')).toEqual([
      { at: '2026-12-01T08:00:00.000Z', by: 'Jonas Weber', field: 'verdict', from: 'Mostly true', to: 'True', reason: 'The transcript confirms it.' },
      { at: '2026-12-02T09:00:00.000Z', by: 'Jonas Weber', field: 'explanation', from: 'Old.', to: 'New.', reason: 'Typo in the figure.' },
    ]);
    // A key no longer on the scale stays readable as the key; a nameless actor is a former member.
    expect(byClaim.get('clm_b')).toEqual([
      { at: '2026-12-03T10:00:00.000Z', by: 'Former member', field: 'verdict', from: 'False', to: 'retired_key', reason: 'The transcript confirms it.' },
    ]);
    expect(byClaim.has('clm_c')).toBe(false);
  });
});

describe('the public link of a claim', () => {
  const now = new Date('2026-12-10T00:00:00.000Z');
  const link = (claimId: string | null, createdAt: string, expiresAt: string | null, revokedAt: string | null = null) => ({
    claimId,
    createdAt: new Date(createdAt),
    expiresAt: expiresAt ? new Date(expiresAt) : null,
    revokedAt: revokedAt ? new Date(revokedAt) : null,
  });

  test('is shared since the earliest live link, until the last one expires', () => {
    const links = publicLinksByClaim(
      [link('clm_a', '2026-12-05T00:00:00.000Z', '2027-01-01T00:00:00.000Z'), link('clm_a', '2026-12-01T00:00:00.000Z', '2027-03-01T00:00:00.000Z')],
      now,
    );
    expect(links.get('clm_a')).toEqual({ sharedAt: '2026-12-01T00:00:00.000Z', expiresAt: '2027-03-01T00:00:00.000Z' });
  });

  test('has no end when one live link never expires', () => {
    const links = publicLinksByClaim([link('clm_a', '2026-12-01T00:00:00.000Z', null), link('clm_a', '2026-12-02T00:00:00.000Z', '2027-01-01T00:00:00.000Z')], now);
    expect(links.get('clm_a')?.expiresAt).toBeNull();
  });

  test('leaves out revoked and expired links', () => {
    const links = publicLinksByClaim(
      [
        link('clm_a', '2026-12-01T00:00:00.000Z', null, '2026-12-02T00:00:00.000Z'),
        link('clm_b', '2026-11-01T00:00:00.000Z', '2026-12-09T23:59:59.000Z'),
        link(null, '2026-12-01T00:00:00.000Z', null),
      ],
      now,
    );
    expect(links.size).toBe(0);
  });
});
