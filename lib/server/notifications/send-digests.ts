import 'server-only';
import { db } from '@/lib/server/db/client';
import { digestEmail } from '@/lib/core/notifications/notification-email';
import { digestCutoff } from '@/lib/core/notifications/digest-day';
import { sendMail } from '@/lib/server/mail/send-mail';
import type { NotificationKindValue } from '@/lib/validations/notification';
import { dueFor, takenColumns, type TakenNotification } from './due-notifications';
import { emailLinks, itemUrl, unsubscribeHeaders } from './email-links';

const USERS_PER_RUN = 50;

// Unread notifications of the digest kinds made before today's digest time (and in the week
// before it: older news is left in the app).
const pending = (cutoff: Date, day: string) => db.$queryRaw<{ recipientId: string }[]>`
  SELECT DISTINCT n."recipientId" FROM notification n
  WHERE n."emailedAt" IS NULL AND n."readAt" IS NULL
    AND n."createdAt" < ${cutoff} AND n."createdAt" > ${cutoff}::timestamptz - interval '7 days'
    AND ${dueFor('digest')}
    AND NOT EXISTS (SELECT 1 FROM notification_digest d WHERE d."userId" = n."recipientId" AND d.day = ${day}::date)
  LIMIT ${USERS_PER_RUN}`;

/**
 * Once a day, after the digest hour, each member with unread notifications of their digest
 * kinds gets them in one email. "Once" is the database's: the (user, day) row of
 * notification_digest is inserted first, and whoever inserts it (of several instances) sends.
 */
export async function sendDueDigests(origin: string, hourUtc: number, now = new Date()): Promise<number> {
  const due = digestCutoff(now, hourUtc);
  if (!due) return 0;
  let sent = 0;
  for (const { recipientId } of await pending(due.cutoff, due.day)) {
    const claimed = await db.$queryRaw<unknown[]>`
      INSERT INTO notification_digest ("userId", day) VALUES (${recipientId}, ${due.day}::date) ON CONFLICT DO NOTHING RETURNING "userId"`;
    if (claimed.length === 0) continue;
    const items = await db.$queryRaw<TakenNotification[]>`
      UPDATE notification n SET "emailedAt" = now(), "emailStatus" = 'digest'
      WHERE n."recipientId" = ${recipientId} AND n."emailedAt" IS NULL AND n."readAt" IS NULL
        AND n."createdAt" < ${due.cutoff} AND n."createdAt" > ${due.cutoff}::timestamptz - interval '7 days' AND ${dueFor('digest')}
      RETURNING ${takenColumns}`;
    if (items.length === 0) continue;
    items.sort((a, b) => a.workspaceName.localeCompare(b.workspaceName));
    const links = emailLinks(origin, recipientId, 'digest');
    const content = digestEmail(
      items.map((item) => ({
        workspaceName: item.workspaceName,
        item: { kind: item.kind as NotificationKindValue, actorName: item.actorName, excerpt: item.payload.excerpt ?? '', comment: item.payload.comment ?? null, url: itemUrl(origin, item) },
      })),
      links,
    );
    const delivery = await sendMail(items[0]!.email, content, unsubscribeHeaders(links.oneClickUrl));
    if (delivery.status === 'sent') {
      sent++;
    } else if (delivery.status === 'failed' && !delivery.temporary) {
      await db.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { emailStatus: 'failed' } });
    } else {
      // Out of reach: give today's digest back to the next run.
      await db.notification.updateMany({ where: { id: { in: items.map((i) => i.id) } }, data: { emailedAt: null, emailStatus: null } });
      await db.notificationDigest.delete({ where: { userId_day: { userId: recipientId, day: new Date(due.day) } } });
      break;
    }
  }
  return sent;
}
