import { describe, expect, it } from 'vitest';
import { invitationState } from './invitation-state';

const now = new Date('2026-03-01T12:00:00Z');
const later = new Date('2026-03-08T12:00:00Z');
const earlier = new Date('2026-02-28T12:00:00Z');

describe('invitationState', () => {
  it('is valid until it expires, is used or is revoked', () => {
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('valid');
  });

  it('expires at the expiry instant, not a moment later', () => {
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('expired');
    expect(invitationState({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe('expired');
  });

  it('says a link that was used is used, even if it was revoked or has expired since', () => {
    expect(invitationState({ acceptedAt: earlier, revokedAt: now, expiresAt: earlier }, now)).toBe('used');
  });

  it('says revoked before expired, since that is what the admin did', () => {
    expect(invitationState({ acceptedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe('revoked');
  });
});
