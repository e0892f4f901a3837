import 'server-only';
import { Prisma } from '@/lib/server/db/client';
import { defaultDelivery } from '@/lib/core/notifications/notification-kinds';
import type { NotificationDeliveryValue } from '@/lib/validations/notification';

/**
 * The SQL condition "notification n is still shown to its recipient and their email choice for
 * its kind is `delivery`", for the mail jobs: a removed member or a deleted claim is never
 * emailed about, as it is never shown (visible-notifications.ts).
 */
export function dueFor(delivery: NotificationDeliveryValue): Prisma.Sql {
  return Prisma.sql`
    EXISTS (SELECT 1 FROM membership m WHERE m."userId" = n."recipientId" AND m."workspaceId" = n."workspaceId")
    AND (n."claimId" IS NULL OR EXISTS (SELECT 1 FROM claim c WHERE c.id = n."claimId" AND c."deletedAt" IS NULL))
    AND COALESCE(
      (SELECT p.delivery::text FROM notification_preference p WHERE p."userId" = n."recipientId" AND p.kind = n.kind),
      ${JSON.stringify(defaultDelivery)}::jsonb ->> n.kind::text
    ) = ${delivery}`;
}

export type TakenNotification = {
  id: string;
  recipientId: string;
  workspaceId: string;
  kind: string;
  claimId: string | null;
  articleId: string | null;
  actorName: string;
  payload: { excerpt?: string; comment?: string };
  email: string;
  workspaceName: string;
};

/** What the UPDATE … RETURNING of a mail job gives back, with the recipient's address and the workspace's name. */
export const takenColumns = Prisma.sql`
  n.id, n."recipientId", n."workspaceId", n.kind::text AS kind, n."claimId", n."articleId", n."actorName", n.payload,
  (SELECT u.email FROM "user" u WHERE u.id = n."recipientId") AS email,
  (SELECT w.name FROM workspace w WHERE w.id = n."workspaceId") AS "workspaceName"`;
