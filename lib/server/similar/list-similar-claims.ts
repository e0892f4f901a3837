import 'server-only';
import { createClaimIndex, searchKey, SIMILARITY_THRESHOLD } from '@/lib/core/suggestions';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { SimilarClaimsDto } from '@/lib/validations/similar';
import { findDeskCandidates, findReferenceCandidates } from './similar-candidates';

const MAX_MATCHES = 5;

/**
 * "Already checked?": the earlier claims of the workspace, and reviews of its reference library,
 * that say the same as this claim's statement (its quote while the statement is empty). Only
 * matches at or above the measured threshold (decision 024), each with why it matches.
 */
export async function listSimilarClaims(actor: Actor, claimId: string): Promise<SimilarClaimsDto> {
  requirePermission(actor, 'article.read');
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { statement: true, exact: true },
  });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  const text = claim.statement || claim.exact;
  const key = searchKey(text);
  if (!key) return { threshold: SIMILARITY_THRESHOLD, matches: [] };

  const [desk, references, links] = await Promise.all([
    findDeskCandidates(actor.workspaceId, key, claimId),
    findReferenceCandidates(actor.workspaceId, key),
    db.claimLink.findMany({
      where: { workspaceId: actor.workspaceId, OR: [{ fromClaimId: claimId }, { toClaimId: claimId }] },
      select: { fromClaimId: true, toClaimId: true },
    }),
  ]);
  const linked = new Set(links.flatMap((link) => [link.fromClaimId, link.toClaimId]));
  const matches = createClaimIndex([...desk, ...references]).findSimilar(text, { limit: MAX_MATCHES });
  return {
    threshold: SIMILARITY_THRESHOLD,
    matches: matches.map(({ claim: { searchKey: _key, date, ...match }, similarity }) => ({
      ...match,
      date: date?.toISOString() ?? null,
      score: Math.round(similarity.score * 1000) / 1000,
      explanation: similarity.explanation,
      linked: match.source === 'desk' && linked.has(match.id),
    })),
  };
}
