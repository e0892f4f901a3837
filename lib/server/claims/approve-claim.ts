import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ApproveClaimInput, ClaimDto } from '@/lib/validations/claim';
import { updateClaim } from './update-claim';

/**
 * Approves a verdict in review and publishes it: the same step as PATCH {status: 'published'}
 * (one code path, one set of rules), but only for a claim that is awaiting review, so an
 * integrator's approve can never publish a claim nobody proposed.
 */
export async function approveClaim(actor: Actor, claimId: string, input: ApproveClaimInput): Promise<ClaimDto> {
  requirePermission(actor, 'claim.publish');
  return updateClaim(actor, claimId, { version: input.version, status: 'published' }, { expectStatus: 'needs_review' });
}
