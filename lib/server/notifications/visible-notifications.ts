import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';

/**
 * The acting member's notifications that may still be shown: theirs, in this workspace (where
 * the actor's membership was just checked: a removed member reads none), and not about a claim
 * deleted since (a deleted article takes its notifications with it). Checked on every read, so
 * a notification never shows what its recipient could no longer open.
 */
export function visibleNotifications(actor: Actor): Prisma.NotificationWhereInput {
  return {
    recipientId: actor.userId,
    workspaceId: actor.workspaceId,
    OR: [{ claimId: null }, { claim: { deletedAt: null } }],
  };
}
