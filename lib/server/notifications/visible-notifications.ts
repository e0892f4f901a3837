import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';

/**
 * The acting member's notifications that may still be shown: theirs, in this workspace (where
 * the actor's membership was just checked: a removed member reads none), and not about a claim
 * deleted since. Checked on every read, so a notification never shows what its recipient could
 * no longer open. A deleted article's claims are deleted with it, so their notifications wait
 * hidden until it is restored; those about the article itself stay, marked deleted, and lead to
 * its page, which says until when it can be restored (decision 042). A purged article takes all
 * of them with it (cascade).
 */
export function visibleNotifications(actor: Actor): Prisma.NotificationWhereInput {
  return {
    recipientId: actor.userId,
    workspaceId: actor.workspaceId,
    OR: [{ claimId: null }, { claim: { deletedAt: null } }],
  };
}
