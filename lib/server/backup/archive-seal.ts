import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';

// An archive made by this instance carries a seal: an HMAC of its checksum under a key derived
// from the instance's secret. Only a sealed archive may link its people to accounts here and give
// them back their memberships: anyone can write an archive naming any email, and a restore must
// not make a stranger a member of someone's workspace, sign their name under approvals, or tell
// whether an email has an account (docs/decisions/012-workspace-backup.md).

function sealKey(): Buffer | null {
  const secret = getEnv().BETTER_AUTH_SECRET;
  if (!secret) return null;
  return createHmac('sha256', secret).update('factdesk backup seal v1').digest();
}

/** The seal of an archive with this checksum, or null when the instance has no secret. */
export function sealOf(sha256: string): string | null {
  const key = sealKey();
  return key ? createHmac('sha256', key).update(sha256).digest('hex') : null;
}

/** Whether this instance made the archive (its seal matches its checksum). */
export function isSealedHere(manifest: { sha256: string; seal?: string }): boolean {
  const expected = sealOf(manifest.sha256);
  if (!expected || !manifest.seal || manifest.seal.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(manifest.seal), Buffer.from(expected));
}
