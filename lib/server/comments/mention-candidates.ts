import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import type { MentionCandidate } from '@/lib/core/mentions';

/** Everyone in the workspace a comment can mention, with the email they may be mentioned by. */
export async function listMentionCandidates(actor: Actor): Promise<MentionCandidate[]> {
  const members = await db.membership.findMany({
    where: { workspaceId: actor.workspaceId },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return members.map((m) => m.user);
}
